import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/** The home page: what a visitor can do here, one card per task. */
export function renderHome(ctx: PageContext): SafeHtml {
  const t = ctx.t;
  const task = (href: string, title: string, text: string) => html`<li class="pb-card"><h2 class="utrecht-heading-3"><a class="utrecht-link" href="${href}">${title}</a></h2><p class="utrecht-paragraph">${text}</p></li>`;
  return layout(ctx, {
      title: t('Startpagina', 'Home'),
      body: html`${heading1(t('De Digitaliseringsstrategie in permanente bèta', 'The Digitalisation Strategy in permanent beta'))}
<p class="utrecht-paragraph">${t(
        'De Nederlandse Digitaliseringsstrategie is nooit af. Elk jaar wordt zij bijgesteld met wat ondernemers, burgers en ambtenaren inbrengen. Doe mee.',
        'The Dutch Digitalisation Strategy is never finished. Every year it is re-calibrated with what entrepreneurs, citizens and officials bring in. Take part.',
      )}</p>
<ul class="pb-cards">
${task('/meldingen/nieuw', t('Belemmering melden', 'Report a barrier'), t('Houdt wet- of regelgeving uw digitale innovatie tegen? Meld het bij het loket.', 'Is law or regulation blocking your digital innovation? Report it at the desk.'))}
${task('/consultaties', t('Reageren op voorstellen', 'Respond to proposals'), t('Lees open voorstellen voor de strategie en geef uw reactie.', 'Read open proposals for the strategy and respond.'))}
${task('/register', t('Register van belemmeringen', 'Register of barriers'), t('Afgehandelde belemmeringen en hun uitkomst.', 'Resolved barriers and their outcome.'))}
${task('/monitor', t('Monitor', 'Monitor'), t('Actuele cijfers per thema van de strategie.', 'Live figures per theme of the strategy.'))}
${task('/jaaroverzichten', t('Jaaroverzichten', 'Annual reviews'), t('De jaarlijkse herijking voor de Digitale Top.', 'The yearly re-calibration for the Digital Summit.'))}
${task('/strategie', t('Strategieversies', 'Strategy versions'), t('De strategie, haar versies en wat er veranderde.', 'The strategy, its versions and what changed.'))}
</ul>`,
    });
}
