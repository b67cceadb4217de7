import { useEffect, type RefObject } from 'react';

/**
 * Keeps the search box's aria-activedescendant on the option shown as selected. cmdk 1.1.1 reads
 * the selected option from the DOM before its items have re-rendered when results are replaced
 * under the same selection (our own search, shouldFilter off), and then names an option that is
 * no longer there: a screen reader would read nothing as the arrows move.
 */
export function useActiveOption(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const sync = () => {
      const selected = element.querySelector('[role="option"][aria-selected="true"]');
      for (const owner of element.querySelectorAll('[role="combobox"], [role="listbox"]')) {
        if (!selected) owner.removeAttribute('aria-activedescendant');
        else if (owner.getAttribute('aria-activedescendant') !== selected.id) owner.setAttribute('aria-activedescendant', selected.id);
      }
    };
    const observer = new MutationObserver(sync);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-selected', 'aria-activedescendant'] });
    sync();
    return () => observer.disconnect();
  }, [root]);
}
