/**
 * Each story's share card (src/embed/share-card.ts), written at build time as `<edition path>cards/<slug>.png`:
 * the story's og:image and the picture offered under 分享. Stories without a `card:` token get none.
 */
import type { APIRoute } from "astro";
import { editionRoutes, type Edition } from "../../../edition";
import { storiesOf } from "../../../stories/index";
import type { Story } from "../../../stories/types";
import { cardPng } from "../../../embed/share-card";

export function getStaticPaths() {
  return editionRoutes().flatMap(({ params, props: { edition } }) =>
    storiesOf(edition).filter((s) => s.card).map((story) => ({ params: { ...params, slug: story.slug }, props: { edition, story } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { edition, story } = props as { edition: Edition; story: Story };
  const png = await cardPng(story, edition, site ? site.host : "");
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
