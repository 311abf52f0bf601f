import { describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { emergencyContacts, publicNumbers } from '../../site/src/lib/emergency';
import { renderMarkdown } from '../../site/src/lib/markdown';
import { linkPhoneNumbers, telHref, textWithPhoneLinks } from '../../site/src/lib/phone';

const NUMBERS = ['112', '1177', '040-34 66 66', '90101', '020-50 50 50'];

describe('phone numbers a citizen can tap', () => {
  it('dials the digits as written, plus kept', () => {
    expect(telHref('040-34 66 66')).toBe('tel:040346666');
    expect(telHref('+46 40 34 66 66')).toBe('tel:+4640346666');
  });

  it('links every known number in running text, however it is spaced', () => {
    expect(linkPhoneNumbers('Ring 112 eller 040 346666, eller 020-50 50 50.', NUMBERS)).toBe(
      'Ring <a class="tel" href="tel:112">112</a> eller <a class="tel" href="tel:040346666">040 346666</a>, eller <a class="tel" href="tel:020505050">020-50 50 50</a>.',
    );
  });

  it('leaves other numbers, web addresses, entities and existing links alone', () => {
    for (const text of ['år 1120', 'www.1177.se', '1177.se', 'kod112', '&#112;', '4 000 tecken', '2 arbetsdagar']) {
      expect(linkPhoneNumbers(text, NUMBERS), text).toBe(text);
    }
    const linked = '<a href="https://www.1177.se">Ring 1177</a> och 112';
    expect(linkPhoneNumbers(linked, NUMBERS)).toBe('<a href="https://www.1177.se">Ring 1177</a> och <a class="tel" href="tel:112">112</a>');
  });

  it('links numbers in a sanitised answer and escapes plain text first', () => {
    const html = linkPhoneNumbers(renderMarkdown('Om det är akut, **ring 112**. <img src=x onerror=alert(1)> 90101'), NUMBERS);
    expect(html).toContain('<strong>ring <a class="tel" href="tel:112">112</a></strong>');
    expect(html).not.toContain('<img');
    expect(textWithPhoneLinks('<b>112</b>', NUMBERS)).toBe('&lt;b&gt;<a class="tel" href="tel:112">112</a>&lt;/b&gt;');
  });
});

describe('emergency contacts: config/ chooses, the referral bank speaks', () => {
  const { alarm, socialjour, crisisLines, socialtjanst } = serviceConfig.contacts;

  it('without any referral, config/ alone fills every line', () => {
    const contacts = emergencyContacts([]);
    expect(contacts.alarm.phone).toBe(alarm.phone);
    expect(contacts.lines.map((c) => c.phone)).toEqual([socialjour.phone, ...crisisLines.map((c) => c.phone)]);
    expect(contacts.lines[0].openingHours).toBe(socialjour.openingHours);
    expect(contacts.office.phone).toBe(socialtjanst.phone);
  });

  it('a referral with the same number, however written, gives the name and opening hours shown', () => {
    const digits = socialjour.phone.replace(/\D/g, '');
    const contacts = emergencyContacts([{ name: 'Socialjouren', phone: digits, openingHours: 'Alla dagar kl. 17–08' }]);
    expect(contacts.lines[0]).toEqual({ name: 'Socialjouren', phone: digits, openingHours: 'Alla dagar kl. 17–08' });
    expect(contacts.lines.slice(1).map((c) => c.openingHours)).toEqual(crisisLines.map((c) => c.openingHours));
  });

  it('knows every number the service shows', () => {
    expect(publicNumbers([{ name: 'BRIS', phone: '116 111' }])).toEqual(
      expect.arrayContaining([alarm.phone, socialjour.phone, socialtjanst.phone, '116 111', ...crisisLines.map((c) => c.phone)]),
    );
  });
});
