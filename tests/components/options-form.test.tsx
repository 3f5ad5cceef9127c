// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsForm } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { click, mount } from './render';

function change(element: Element | null, value?: string) {
  act(() => {
    const input = element as HTMLInputElement | HTMLSelectElement;
    if (value !== undefined) input.value = value;
    if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) input.click();
    else input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('OptionsForm', () => {
  it('shows the current settings', () => {
    const el = mount(<OptionsForm settings={{ ...DEFAULT_SETTINGS, summaryLength: 'long' }} onChange={vi.fn()} onAddSite={vi.fn()} onRemoveSite={vi.fn()} />);
    expect((el.querySelector('[data-testid=summary-long]') as HTMLInputElement).checked).toBe(true);
    expect((el.querySelector('[data-testid=theme]') as HTMLSelectElement).value).toBe('system');
    expect(el.textContent).toContain('Short (3 sentences)');
  });

  it('reports each change as complete new settings', () => {
    const onChange = vi.fn();
    const el = mount(<OptionsForm settings={DEFAULT_SETTINGS} onChange={onChange} onAddSite={vi.fn()} onRemoveSite={vi.fn()} />);
    change(el.querySelector('[data-testid=summary-short]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, summaryLength: 'short' });
    change(el.querySelector('[data-testid=theme]'), 'dark');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, reader: { ...DEFAULT_SETTINGS.reader, theme: 'dark' } });
    change(el.querySelector('[data-testid=actor-type-place]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, actorTypes: { ...DEFAULT_SETTINGS.actorTypes, place: false } });
    change(el.querySelector('[data-testid=cleaning-teasers]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, cleaning: { ...DEFAULT_SETTINGS.cleaning, teasers: false } });
  });

  it('adds a site by its host name, and refuses what is not a site', async () => {
    const onAddSite = vi.fn().mockResolvedValue(null);
    const el = mount(<OptionsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} onAddSite={onAddSite} onRemoveSite={vi.fn()} />);
    const input = el.querySelector('input[aria-label=Site]') as HTMLInputElement;
    const add = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Add site')!;
    act(() => {
      input.value = 'nonsense';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => add.click());
    expect(onAddSite).not.toHaveBeenCalled();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Enter a site');
    act(() => {
      input.value = 'https://www.Example.com/story';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => add.click());
    expect(onAddSite).toHaveBeenCalledWith('www.example.com');
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('lists sites and removes one', () => {
    const onRemoveSite = vi.fn();
    const el = mount(<OptionsForm settings={{ ...DEFAULT_SETTINGS, alwaysReaderSites: ['a.example', 'b.example'] }} onChange={vi.fn()} onAddSite={vi.fn()} onRemoveSite={onRemoveSite} />);
    expect([...el.querySelectorAll('.sites li span')].map((s) => s.textContent)).toEqual(['a.example', 'b.example']);
    click(el.querySelector('[aria-label="Remove b.example"]'));
    expect(onRemoveSite).toHaveBeenCalledWith('b.example');
  });
});
