/**
 * Each story's share card (src/embed/share-card.ts), written at build time as `cards/<slug>.png`:
 * the story's og:image and the picture offered under 分享.
 */
import type { APIRoute } from "astro";
import { stories } from "../../stories/index";
import type { Story } from "../../stories/types";
import { cardPng } from "../../embed/share-card";

export function getStaticPaths() {
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { story } = props as { story: Story };
  const png = await cardPng(story, site ? site.host : "");
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
