import { Injectable } from '@nestjs/common';
import type { Language } from '@pb/http/core';
import { ServiceClient } from './service-client';

export interface ThemeOption {
  code: string;
  title: string;
}

/** The current strategy's themes, for the theme choices in forms and filters (cached a minute). */
@Injectable()
export class StrategyThemes {
  private cache?: { at: number; themes: ThemeOption[] };

  constructor(private readonly services: ServiceClient) {}

  async list(lang: Language): Promise<ThemeOption[]> {
    if (this.cache && Date.now() - this.cache.at < 60000) return this.cache.themes;
    const result = await this.services.to('proposals', { lang }).GET('/api/strategy');
    if (!result.ok) return this.cache?.themes ?? [];
    // A body without themes (a service answering outside its contract) costs the forms their theme choices, not the page.
    const themes = (result.data?.themes ?? []).map((t) => ({ code: t.code, title: t.title }));
    this.cache = { at: Date.now(), themes };
    return themes;
  }
}
