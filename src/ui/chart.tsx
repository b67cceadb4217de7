import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
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
import { useStackedTable } from './use-stacked-table';

// Only what the app's line, area and bar charts draw, so the bundle carries no other chart type.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

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
  /**
   * The series pile up: bars on bars, or lines filled down to the one below (a stacked area
   * chart). The first series is on top, so the legend, the table and the pile read in one order.
   */
  stacked?: boolean;
}

/** The theme applied on <html> (see use-theme.ts): the chart redraws with its colours when it changes. */
function subscribeTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const currentTheme = () => document.documentElement.dataset.theme ?? '';

/** A #rgb or #rrggbb colour made see-through, for an area under a line; other notations as they are. */
function translucent(color: string, alpha: number): string {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function chartData(type: ChartProps['type'], labels: readonly string[], series: readonly ChartSeries[], stacked: boolean, css: (name: string) => string): ChartData<'line' | 'bar'> {
  const area = stacked && type === 'line';
  // Chart.js piles datasets up in their order, the first at the bottom: a stack is drawn from the last series.
  const drawn = stacked ? [...series].reverse() : series;
  return {
    labels: [...labels],
    datasets: drawn.map((s, i) => ({
      type,
      label: s.label,
      data: [...s.values],
      borderColor: css(s.color),
      backgroundColor: area ? translucent(css(s.color), 0.45) : css(s.color),
      borderDash: s.dashed ? [6, 4] : [],
      borderWidth: 2,
      pointRadius: type === 'line' && !s.dashed ? (area ? 2 : 3) : 0,
      spanGaps: false,
      fill: area ? (i === 0 ? 'origin' : '-1') : false,
    })),
  };
}

function chartOptions(yTitle: string | undefined, stacked: boolean, css: (name: string) => string): ChartOptions<'line' | 'bar'> {
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
      // A stack is drawn from its last series: the legend and the tooltip list it back from the first.
      legend: { reverse: stacked, labels: { color: css('--text'), font, usePointStyle: true, boxHeight: 8 } },
      tooltip: { titleFont: font, bodyFont: font, itemSort: stacked ? (a, b) => b.datasetIndex - a.datasetIndex : undefined },
    },
    scales: {
      x: { stacked, ticks: { color: muted, font }, grid: { color: grid } },
      y: {
        stacked,
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
export function DataChart({ type, labels, rowLabels, series, summary, tableToggle, categoryHeader, yTitle, format, stacked = false }: ChartProps) {
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
    chart.data = chartData(type, labels, series, stacked, css);
    chart.options = chartOptions(yTitle, stacked, css);
    chart.update();
  }, [type, labels, series, yTitle, stacked, theme]);

  const rows = rowLabels ?? labels;
  const tableRef = useStackedTable();
  return (
    <figure className="chart">
      <div className="chart__canvas">
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      <details className="chart__table">
        <summary>{tableToggle}</summary>
        <table ref={tableRef} className="table table--stack">
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
