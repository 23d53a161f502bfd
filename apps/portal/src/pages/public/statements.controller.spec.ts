import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv } from '@pb/config';
import pino from 'pino';
import request from 'supertest';
import { LANGUAGES, PUBLIC_PAGES, STAFF_PAGES } from '../../../../../e2e/support/accessibility-pages';
import { PortalAppModule } from '../../app.module';
import { PortalEnv } from '../../config/portal.env';
import { configurePortalApp } from '../../portal-app';
import { AXE_COVERAGE } from './accessibility-coverage';
import { STATEMENT_PATHS } from './statements.views';

const PAGES = [
  { path: STATEMENT_PATHS.privacy, nl: 'Privacyverklaring', en: 'Privacy statement' },
  { path: STATEMENT_PATHS.accessibility, nl: 'Toegankelijkheidsverklaring', en: 'Accessibility statement' },
  { path: STATEMENT_PATHS.colophon, nl: 'Contact en colofon', en: 'Contact and colophon' },
];

const footerOf = (page: string) => page.slice(page.indexOf('<footer'), page.indexOf('</footer>'));

describe('privacy statement, accessibility statement, contact and colophon (HTTP)', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    // No service is needed: these pages are the portal's own. Non-default settings prove the pages show the settings.
    const env = validateEnv(PortalEnv, {
      ORGANISATION_NAME: 'Ministerie van <Voorbeeld> & Zaken',
      CONTACT_EMAIL: 'vragen@digitaal.example.nl',
      PRIVACY_CONTACT_EMAIL: 'privacy@digitaal.example.nl',
      LOKET_CONTACT_RETENTION_DAYS: '180',
      VERIFICATION_TTL_HOURS: '48',
      RATE_LIMIT_WINDOW_SECONDS: '900',
      LOKET_URL: 'http://127.0.0.1:9',
      UPSTREAM_TIMEOUT_MS: '200',
    } as NodeJS.ProcessEnv);
    app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
  });
  afterAll(async () => {
    await app.close();
  });

  for (const lang of LANGUAGES) {
    it.each(PAGES)(`$path answers 200 in ${lang}, with its title, the page language and the footer`, async (page) => {
      const res = await request(app.getHttpServer()).get(`${page.path}?lang=${lang}`).expect(200).expect('content-type', /text\/html/);
      expect(res.headers['content-language']).toBe(lang);
      expect(res.text).toContain(`<html lang="${lang}"`);
      expect(res.text).toContain(`<h1 class="utrecht-heading-1">${page[lang]}</h1>`);
      expect(res.text).toContain(`<title>${page[lang]} — Permanent Beta</title>`);
      for (const p of PAGES) expect(footerOf(res.text)).toContain(`<a class="utrecht-link" href="${p.path}">${p[lang]}</a>`);
    });
  }

  it.each(['/', '/meldingen/nieuw', '/inloggen', '/bestaat-niet'])('the footer of %s links to all three, in Dutch and English', async (path) => {
    for (const lang of LANGUAGES) {
      const res = await request(app.getHttpServer()).get(`${path}?lang=${lang}`);
      expect([200, 404]).toContain(res.status);
      for (const p of PAGES) expect(footerOf(res.text)).toContain(`href="${p.path}">${p[lang]}</a>`);
    }
  });

  it('the privacy statement shows the retention terms and contact address the platform runs with', async () => {
    const nl = (await request(app.getHttpServer()).get('/privacyverklaring?lang=nl').expect(200)).text;
    expect(nl).toContain('tot 180 dagen nadat de melding is afgehandeld');
    expect(nl).toContain('verloopt na 48 uur');
    expect(nl).toContain('(15 minuten)');
    expect(nl).toContain('href="mailto:privacy@digitaal.example.nl"');
    expect(nl).toContain('een beheerder voert uw verzoek uit');
    const en = (await request(app.getHttpServer()).get('/privacyverklaring?lang=en').expect(200)).text;
    expect(en).toContain('until 180 days after the report has been closed');
    expect(en).toContain('expires after 48 hours');
    expect(en).toContain('an administrator carries out your request');
  });

  it('escapes settings like anything else (the name of the organisation)', async () => {
    const res = await request(app.getHttpServer()).get('/colofon').expect(200);
    expect(res.text).toContain('Ministerie van &lt;Voorbeeld&gt; &amp; Zaken');
    expect(res.text).not.toContain('<Voorbeeld>');
  });

  it('the accessibility statement quotes exactly what the axe-core browser tests cover', async () => {
    expect(AXE_COVERAGE.publicPages).toBe(PUBLIC_PAGES.length);
    expect(AXE_COVERAGE.staffPages).toBe(STAFF_PAGES.flatMap((s) => s.paths).length);
    expect(AXE_COVERAGE.languages).toBe(LANGUAGES.length);
    for (const p of PAGES) expect(PUBLIC_PAGES).toContain(p.path);
    const pages = PUBLIC_PAGES.length + STAFF_PAGES.flatMap((s) => s.paths).length;
    const nl = (await request(app.getHttpServer()).get('/toegankelijkheidsverklaring?lang=nl').expect(200)).text;
    expect(nl).toContain(`controleert axe-core ${pages} pagina’s in een echte browser: ${PUBLIC_PAGES.length} openbare pagina’s en ${AXE_COVERAGE.staffPages} pagina’s voor medewerkers`);
    expect(nl).toContain(`(${pages * LANGUAGES.length} controles)`);
    expect(nl).toContain('Eerste maatregelen genomen.');
    expect(nl).toContain('Nationale ombudsman');
    const en = (await request(app.getHttpServer()).get('/toegankelijkheidsverklaring?lang=en').expect(200)).text;
    expect(en).toContain(`axe-core checks ${pages} pages in a real browser`);
  });
});
