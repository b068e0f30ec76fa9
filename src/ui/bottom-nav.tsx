// Bottom navigation: icon and word for each main section, large touch targets for one-handed use.
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  icon: string;
}

export function BottomNav({ items, label }: { items: NavItem[]; label: string }) {
  return (
    <nav className="bottom-nav" aria-label={label}>
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.to === '/'} className="bottom-nav__item">
          <span aria-hidden="true" className="bottom-nav__icon">
            {item.icon}
          </span>
          <span className="bottom-nav__label">{item.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
