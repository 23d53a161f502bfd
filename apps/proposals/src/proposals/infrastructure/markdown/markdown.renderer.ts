import MarkdownIt from 'markdown-it';

// Raw HTML in the source is shown as text (html: false) and markdown-it's link validation refuses
// javascript:, vbscript:, file: and non-image data: URLs, so the output needs no further sanitising.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // Links in a proposal lead away from the platform: no referrer, no access to window.opener.
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders a coordinator's Markdown to HTML that is safe to put in a page as is. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
