import { describe, expect, it } from 'vitest';
import { contactCue, continuesContact, notParticipant, relativeOrder } from './contacts';
import type { Person } from './people';

const kind = (sentence: string) => contactCue(sentence)?.kind;

describe('contactCue', () => {
  it('reads talks, online talks, a courtesy call, a reception, a co-chaired dialogue, a signing and a visit', () => {
    expect(kind('Minister Minh held talks with his Russian counterpart in Hanoi.')).toBe('talks');
    expect(kind('Minh had an online discussion on Friday with General Petrov.')).toBe('online talks');
    expect(kind('Minh held talks with Petrov via video conference.')).toBe('online talks');
    expect(kind('General Petrov paid a courtesy call on Minister Minh.')).toBe('talks');
    expect(kind('Minh hosted a reception for the visiting delegation.')).toBe('talks');
    expect(kind('Minh and Petrov co-chaired the fifth strategic dialogue.')).toBe('strategic dialogue');
    expect(kind('Minh and Petrov signed a memorandum on training.')).toBe('signing');
    expect(kind('General Minh is paying an official visit to Russia from May 4-8.')).toBe('visit');
  });

  it('reads no contact in a plan, a hope or an invitation', () => {
    expect(kind('He hoped that Minister Petrov will visit Vietnam next year.')).toBeUndefined();
    expect(kind('Minh invited Petrov to pay an official visit to Vietnam.')).toBeUndefined();
    expect(kind('The two sides agreed to meet again in Moscow.')).toBeUndefined();
  });

  it('reads a visit under way in a delegation being led', () => {
    expect(kind('Minh is leading a delegation to pay an official visit to Russia.')).toBe('visit');
  });
});

describe('notParticipant', () => {
  const check = (sentence: string, name: string) => {
    const start = sentence.indexOf(name);
    const person: Person = { start, end: start + name.length, name, title: '', titleStart: start, apposition: '' };
    return notParticipant(sentence, { start: 0, end: sentence.length }, person);
  };

  it('takes out someone thanked, sending regards, inviting, quoted or late', () => {
    expect(check('Minh met Petrov and thanked Ivanov for his support.', 'Ivanov')).toBe('thanked');
    expect(check('Minh met Petrov and conveyed Ivanov’s regards to him.', 'Ivanov')).toBe('sent regards');
    expect(check('Minh met Petrov, who passed on greetings from Ivanov.', 'Ivanov')).toBe('sent regards');
    expect(check('Minh is visiting Russia at the invitation of Ivanov.', 'Ivanov')).toBe('invited the visitor or acted for someone else');
    expect(check('Minh met Petrov, according to Ivanov.', 'Ivanov')).toBe('quoted');
  });

  it('keeps both sides of a meeting', () => {
    expect(check('Minh met Petrov in Moscow.', 'Minh')).toBeUndefined();
    expect(check('Minh met Petrov in Moscow.', 'Petrov')).toBeUndefined();
  });
});

describe('continuesContact and relativeOrder', () => {
  it('recognises what the sides went on to do, and a contact dated against another', () => {
    expect(continuesContact('The two sides agreed to expand training.')).toBe(true);
    expect(continuesContact('At the reception, Minh praised the Tropical Centre.')).toBe(true);
    expect(continuesContact('Russia has long helped Vietnam.')).toBe(false);
    expect(relativeOrder('Earlier, Minh met Ivanov.')).toBe('before');
    expect(relativeOrder('Later on, Petrov held a dialogue.')).toBe('after');
    expect(relativeOrder('Later that day, Petrov held a dialogue.')).toBe('same day');
  });
});
