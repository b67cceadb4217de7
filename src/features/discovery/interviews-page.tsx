import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { evidenceOfInterview, interviewsOf } from '../../db/discovery-queries';
import type { Interview } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { dayText } from '../../ui/date-text';
import { NewInterviewDialog } from './new-interview-dialog';
import './discovery.css';

/** Lower case without accents, so "equipe" finds "Équipe". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(i: Interview, query: string) {
  const q = fold(query.trim());
  return !q || [i.alias, i.role, i.quote, i.insights, i.opportunities].some((field) => fold(field).includes(q));
}

/** The product's interviews, newest first, each as its snapshot at a glance; searchable. */
export function InterviewsPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const data = useLiveQuery(async () => {
    const interviews = await interviewsOf(productId);
    const evidence = await Promise.all(interviews.map((i) => evidenceOfInterview(i.id)));
    const informed = new Map(interviews.map((i, n) => [i.id, new Set(evidence[n]!.map((e) => e.hypothesisId)).size]));
    return { interviews, informed };
  }, [productId]);
  if (!product || !data) return null;
  const shown = data.interviews.filter((i) => matches(i, query));

  return (
    <div className="page page--discovery">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('discovery.interviews.title', { product: product.name })}</h1>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('discovery.interviews.new')}
        </button>
      </div>
      {data.interviews.length === 0 ? (
        <p className="empty">{t('discovery.interviews.empty')}</p>
      ) : (
        <>
          <form className="interview-search" role="search" aria-label={t('discovery.interviews.search')} onSubmit={(e) => e.preventDefault()}>
            <input
              type="search"
              aria-label={t('discovery.interviews.search')}
              placeholder={t('discovery.interviews.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <p className="count" role="status">
              {t('discovery.interviews.shown', { count: shown.length, total: data.interviews.length })}
            </p>
          </form>
          {shown.length === 0 ? (
            <p className="empty">{t('discovery.interviews.noMatch', { query })}</p>
          ) : (
            <ul className="interview-list">
              {shown.map((i) => (
                <InterviewCard key={i.id} interview={i} productId={productId} informed={data.informed.get(i.id) ?? 0} />
              ))}
            </ul>
          )}
        </>
      )}
      {creating && <NewInterviewDialog productId={productId} onClose={() => setCreating(false)} />}
    </div>
  );
}

function InterviewCard({ interview: i, productId, informed }: { interview: Interview; productId: string; informed: number }) {
  const { t, language } = useTranslation();
  const date = dayText(i.date, language);
  const facts = [i.role, i.segment, i.companySize ? t('discovery.interviews.companySizes.size', { size: i.companySize.replace('-', '–') }) : ''].filter(Boolean);
  return (
    <li className="interview-card">
      <h2 className="interview-card__title">
        <Link href={paths.interview(productId, i.id)} aria-label={t('discovery.interviews.open', { alias: i.alias, date })}>
          {i.alias}
        </Link>
      </h2>
      <p className="interview-card__meta">
        <time dateTime={i.date}>{date}</time>
        {facts.map((f) => (
          <span key={f}> · {f}</span>
        ))}
      </p>
      {i.quote && <blockquote className="interview-card__quote">{i.quote}</blockquote>}
      <p className="interview-card__informed">{t('discovery.interviews.informed', { count: informed })}</p>
    </li>
  );
}
