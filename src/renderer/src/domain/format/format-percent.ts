import { numberFormat } from './formatter-cache';
import { BASIS_POINTS_PER_WHOLE } from '../model/invoice';

/** A rate in basis points for people: 2000 → '20%' (en) or '20 %' (de), 770 → '7.7%'; up to two decimals. */
export function formatBasisPoints(basisPoints: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / BASIS_POINTS_PER_WHOLE);
}
