import { describe, expect, it } from 'vitest';
import { headingSubject } from '../../generator/model/heading-subject.js';

describe('headingSubject', () => {
  it('drops a trailing word that says the heading explains or lists its subject', () => {
    expect(headingSubject('事件类型说明')).toBe('事件类型');
    expect(headingSubject('事件信息字段说明')).toBe('事件信息');
    expect(headingSubject('**回调参数列表**')).toBe('回调');
    expect(headingSubject('Event Type List')).toBe('Event Type');
    expect(headingSubject('The EventInfo fields')).toBe('EventInfo');
  });

  it('keeps a heading that has no such word', () => {
    expect(headingSubject('事件类型')).toBe('事件类型');
    expect(headingSubject('Event types')).toBe('Event types');
    expect(headingSubject('Playlist')).toBe('Playlist');
  });
});
