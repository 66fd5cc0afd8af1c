import { useState } from 'preact/hooks';
import { Icon } from './icon';

/**
 * A product's picture, or — without one, or when it fails to load — a tinted tile with its initial, so a card
 * never shows a broken image.
 */
export function ProductImage({ src, title, size = 'card' }: { src?: string; title: string; size?: 'card' | 'hero' }) {
  const [failed, setFailed] = useState(false);
  if (src && !failed) {
    return <img class={`product-image product-image-${size}`} src={src} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(true)} />;
  }
  const initial = Array.from(title.trim())[0]?.toUpperCase() ?? '?';
  // A stable hue per title, so a grid of placeholders is not a wall of one colour.
  const hue = Array.from(title).reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) % 360, 7);
  return (
    <span class={`product-image product-image-${size} product-image-empty`} style={{ '--hue': String(hue) }} aria-hidden="true">
      <span class="product-image-initial">{initial}</span>
      <Icon name="image" size={16} class="product-image-icon" />
    </span>
  );
}
