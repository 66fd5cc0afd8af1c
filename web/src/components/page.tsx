import type { ComponentChildren } from 'preact';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <header class="page-header">
      <div>
        <h1 class="page-title">{title}</h1>
        {subtitle && <p class="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div class="page-actions">{actions}</div>}
    </header>
  );
}

export function Card({ title, children, class: className, actions }: { title?: string; children: ComponentChildren; class?: string; actions?: ComponentChildren }) {
  return (
    <section class={className ? `card ${className}` : 'card'}>
      {(title || actions) && (
        <div class="card-header">
          {title && <h2 class="card-title">{title}</h2>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
