import type { ReactNode } from 'react';
import './disclosure-button.css';

interface DisclosureButtonProps {
  open: boolean;
  /** The id of what it shows and hides. */
  controls: string;
  onToggle: () => void;
  /** 'line' keeps the label to one line, 'clamp' to two: a list stays short until an item is opened. */
  fit: 'line' | 'clamp';
  children: ReactNode;
}

/** A heading's button that folds what follows it, its arrow drawn so that it is never read out. */
export function DisclosureButton({ open, controls, onToggle, fit, children }: DisclosureButtonProps) {
  return (
    <button type="button" className={`disclosure disclosure--${fit}`} aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      <span className="disclosure__label">{children}</span>
    </button>
  );
}
