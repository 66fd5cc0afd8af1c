import { renderSVG } from 'uqr';
import type { ServiceContext } from '../../env';
import { getLink } from './get';

/**
 * The QR code of a link's short URL as SVG: error correction M (still scans with 15% of it covered or blurred, as
 * on a phone filming a screen) and the 4-module quiet zone the standard asks for.
 */
export async function linkQrSvg({ ctx, input }: { ctx: ServiceContext; input: { id: string; origin: string } }): Promise<string> {
  const link = await getLink({ ctx, input });
  return renderSVG(link.shortUrl, { ecc: 'M', border: 4, pixelSize: 8 });
}
