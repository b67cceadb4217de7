import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import './chart.css';

// Only what the app's line and bar charts draw, so the bundle carries no other chart type.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  /** One value per label; null leaves a gap (a day not reached yet). */
  values: readonly (number | null)[];
  /** The CSS variable of its colour (such as '--accent'), read from the theme in force. */
  color: `--${string}`;
  dashed?: boolean;
}

interface ChartProps {
  type: 'line' | 'bar';
  /** Short labels under the chart's x axis. */
  labels: readonly string[];
  /** The same labels written in full for the table (such as long dates); `labels` when absent. */
  rowLabels?: readonly string[];
  series: readonly ChartSeries[];
  /** A sentence saying what the chart shows: the canvas's accessible name and the table's caption. */
  summary: string;
  /** The table alternative's disclosure text, and the header of its first column. */
  tableToggle: string;
  categoryHeader: string;
  yTitle?: string;
  /** How a value is written in the table (null included). */
  format: (value: number | null) => string;
}

/** The theme applied on <html> (see use-theme.ts): the chart redraws with its colours when it changes. */
function subscribeTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const currentTheme = () => document.documentElement.dataset.theme ?? '';

function chartData(type: ChartProps['type'], labels: readonly string[], series: readonly ChartSeries[], css: (name: string) => string): ChartData<'line' | 'bar'> {
  return {
    labels: [...labels],
    datasets: series.map((s) => ({
      type,
      label: s.label,
      data: [...s.values],
      borderColor: css(s.color),
      backgroundColor: css(s.color),
      borderDash: s.dashed ? [6, 4] : [],
      borderWidth: 2,
      pointRadius: type === 'line' && !s.dashed ? 3 : 0,
      spanGaps: false,
    })),
  };
}

function chartOptions(yTitle: string | undefined, css: (name: string) => string): ChartOptions<'line' | 'bar'> {
  const muted = css('--muted');
  const grid = css('--border');
  const font = { family: css('--font') };
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reduceMotion ? false : { duration: 300 },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { labels: { color: css('--text'), font, usePointStyle: true, boxHeight: 8 } },
      tooltip: { titleFont: font, bodyFont: font },
    },
    scales: {
      x: { ticks: { color: muted, font }, grid: { color: grid } },
      y: {
        beginAtZero: true,
        // Room above the highest value, so a bar or a point never touches the frame.
        grace: '10%',
        ticks: { color: muted, font, precision: 0 },
        grid: { color: grid },
        title: yTitle ? { display: true, text: yTitle, color: muted, font } : { display: false },
      },
    },
  };
}

/**
 * A Chart.js chart drawn in the theme's colours, with its figures always available as a table:
 * the canvas is one image with a summary for screen readers, the table beside it has the numbers.
 */
export function DataChart({ type, labels, rowLabels, series, summary, tableToggle, categoryHeader, yTitle, format }: ChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'line' | 'bar'> | null>(null);
  const theme = useSyncExternalStore(subscribeTheme, currentTheme);

  useEffect(() => {
    const chart = new Chart<'line' | 'bar'>(canvasRef.current!, { type, data: { labels: [], datasets: [] } });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [type]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const style = getComputedStyle(canvasRef.current!);
    const css = (name: string) => style.getPropertyValue(name).trim();
    chart.data = chartData(type, labels, series, css);
    chart.options = chartOptions(yTitle, css);
    chart.update();
  }, [type, labels, series, yTitle, theme]);

  const rows = rowLabels ?? labels;
  return (
    <figure className="chart">
      <div className="chart__canvas">
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      <details className="chart__table">
        <summary>{tableToggle}</summary>
        <table className="table">
          <caption className="visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                {series.map((s) => (
                  <td key={s.label}>{format(s.values[i] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
