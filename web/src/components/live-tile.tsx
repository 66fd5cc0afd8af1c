import { useResource } from '../lib/use-resource';
import { useSession } from '../state/session';
import { Icon, type IconName } from './icon';

interface LiveTileProps {
  href: string;
  icon: IconName;
  title: string;
  help: string;
  /** Loads the figure shown on the tile ("12"), or null when there is none to show. */
  figure?: () => Promise<string | null>;
  /** Says what the figure counts ("products", "to review"). */
  caption?: string;
  testId?: string;
}

/** A section of the workspace on the overview: a link, with a live figure when it has one. */
export function LiveTile({ href, icon, title, help, figure, caption, testId }: LiveTileProps) {
  const { activeOrg } = useSession();
  const value = useResource(() => (figure ? figure() : Promise.resolve(null)), [activeOrg?.id]);
  return (
    <li class="tile tile-live">
      <a class="tile-link" href={href} data-testid={testId}>
        <div class="tile-top">
          <span class="tile-icon">
            <Icon name={icon} size={20} />
          </span>
          {figure && (
            <span class="tile-figure">
              {value.data === undefined && !value.error ? <span class="skeleton skeleton-inline" /> : <strong>{value.data ?? '—'}</strong>}
              {caption && <span class="tile-figure-caption">{caption}</span>}
            </span>
          )}
        </div>
        <h3 class="tile-title">
          {title}
          <Icon name="arrowRight" size={16} class="tile-arrow" />
        </h3>
        <p class="tile-help">{help}</p>
      </a>
    </li>
  );
}
