import { useId, type ReactNode } from 'react';

/** A part of the review: a heading, and its groups or the sentence that says nothing happened. */
export function ReviewSection({ title, empty, children }: { title: string; empty: string | null; children?: ReactNode }) {
  const id = useId();
  return (
    <section className="panel review-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty === null ? children : <p className="review-empty">{empty}</p>}
    </section>
  );
}

/** A group of a part, left out when it has no items: a heading and its list, named by the heading. */
export function ReviewGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const id = useId();
  if (count === 0) return null;
  return (
    <div className="review-group">
      <h3 id={id}>{title}</h3>
      <ul className="review-list" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}
