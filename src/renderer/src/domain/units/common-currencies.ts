/** Currencies offered first in pickers; any ISO 4217 code is still accepted where typed. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'NZD'] as const;
