// Light or dark: the system's choice unless the person picked one here (remembered in this browser).
export type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'packmeal.theme';

export function storedTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') {
    localStorage.removeItem(STORAGE_KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(STORAGE_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }
}

export function applyStoredTheme(): void {
  applyTheme(storedTheme());
}
