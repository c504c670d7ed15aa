// Gansu Campaign Ledger pages: enhancements only; every page reads and works without this file.
// Copy buttons: shown only where they can work, they copy their citation's text.
(() => {
  const copyText = async (text, element) => {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    // Not a secure context (plain http on another host): select the text and copy the selection.
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const done = document.execCommand('copy');
    selection.removeAllRanges();
    return done;
  };

  for (const button of document.querySelectorAll('button.copy[data-copy]')) {
    const target = document.getElementById(button.dataset.copy);
    if (!target) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let copied = false;
      try {
        copied = await copyText(target.textContent, target);
      } catch {
        copied = false;
      }
      if (!copied) return;
      button.textContent = button.dataset.done || label;
      button.setAttribute('aria-live', 'polite');
      setTimeout(() => {
        button.textContent = label;
      }, 2000);
    });
  }
})();

// Examples of calls: the address this page came from, where the page alone can say only a local one.
for (const origin of document.querySelectorAll('[data-origin]')) origin.textContent = window.location.origin;

// A figure's or a digit run's label, shown on hover or focus, covers the line below it: Escape hides it until the
// pointer or the focus leaves, without moving either (WCAG 2.1, 1.4.13).
const TIPPED = '.fig, .excluded';
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const shown = [...document.querySelectorAll('.fig:hover, .excluded:hover'), document.activeElement?.closest(TIPPED)];
  for (const element of new Set(shown.filter(Boolean))) {
    element.classList.add('tip-off');
    const restore = () => element.classList.remove('tip-off');
    element.addEventListener('mouseleave', restore, { once: true });
    element.addEventListener('focusout', restore, { once: true });
  }
});
