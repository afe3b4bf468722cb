import type { CSSProperties } from 'react';

// The charts' shared look, from the theme tokens (SVG presentation attributes and inline styles
// both take var(), so light and dark follow the theme without re-rendering).

export const TOOLTIP_STYLE: { contentStyle: CSSProperties; labelStyle: CSSProperties } = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
};

export const AXIS_STYLE = { stroke: 'var(--border-strong)', tick: { fill: 'var(--text-muted)', fontSize: 11 } };
