import { describe, expect, it } from 'vitest';
import { looksLikeName, readBodyShape } from '../../generator/model/profile/body-shape.js';

describe('readBodyShape', () => {
  it('the payload is the object holding most documented fields; the discriminator a string naming the event', () => {
    const body = { Other: { X: 1 }, EventType: 'RoomCreated', Data: { RoomId: 'r', UserId: 'u' }, Meta: { RoomId: 'r' } };
    expect(readBodyShape(body, ['RoomId', 'UserId'])).toEqual({ discriminator: 'EventType', payload: 'Data', eventType: 'RoomCreated' });
  });

  it('with the event known, only the key whose value is that name discriminates', () => {
    const body = { Kind: 'SomethingElse', Type: 'RoomCreated', Data: { a: 1 } };
    expect(readBodyShape(body, ['a'], 'RoomCreated')).toEqual({ discriminator: 'Type', payload: 'Data', eventType: 'RoomCreated' });
    expect(readBodyShape(body, ['a'], 'Missing')).toBeUndefined();
  });

  it('without documented fields the only object is the payload; two objects say nothing', () => {
    expect(readBodyShape({ e: 'send_msg', body: {} }, [])).toEqual({ discriminator: 'e', payload: 'body', eventType: 'send_msg' });
    expect(readBodyShape({ e: 'send_msg', a: {}, b: {} }, [])).toBeUndefined();
    expect(readBodyShape({ e: 'send_msg' }, [])).toBeUndefined();
  });

  it('no object holding a documented field, or the body itself holding more of them: no payload member', () => {
    expect(readBodyShape({ e: 'Ev', Data: { z: 1 } }, ['a'])).toBeUndefined();
    expect(readBodyShape({ e: 'Ev', a: 1, b: 2, Data: { a: 1 } }, ['a', 'b'])).toBeUndefined();
    // as many at the top as inside: the member still carries the payload
    expect(readBodyShape({ e: 'Ev', a: 1, Data: { a: 1 } }, ['a'])).toEqual({ discriminator: 'e', payload: 'Data', eventType: 'Ev' });
  });

  it('the payload key and non-strings never discriminate; a body that is no object has no shape', () => {
    expect(readBodyShape({ n: 1, Data: { a: 'Ev' } }, ['a'])).toBeUndefined();
    expect(readBodyShape({ e: 'not a name', Data: { a: 1 } }, ['a'])).toBeUndefined();
    for (const body of [null, [], 'x', 1]) expect(readBodyShape(body, ['a'])).toBeUndefined();
    expect(readBodyShape({ e: 'Ev', Data: [{ a: 1 }], D2: null }, ['a'])).toBeUndefined();
  });

  it('a numeric code names its event when the event is known by that code, and only then', () => {
    const body = { EventType: 101, TaskId: 'task-1', Payload: { RoomId: 'r' } };
    expect(readBodyShape(body, ['RoomId'], '101')).toEqual({ discriminator: 'EventType', payload: 'Payload', eventType: '101' });
    expect(readBodyShape(body, ['RoomId'], '102')).toBeUndefined();
    expect(readBodyShape(body, ['RoomId'])).toBeUndefined();
  });

  it('reads only own keys of the payload', () => {
    expect(readBodyShape({ e: 'Ev', Data: { a: 1 } }, ['toString'])).toBeUndefined();
  });
});

describe('looksLikeName', () => {
  it.each(['WhiteboardPushStarted', 'Group.CallbackAfterSend', 'send_msg', 'ROOM_CREATED', 'a'])('%s is a name', (v) => {
    expect(looksLikeName(v)).toBe(true);
  });
  it.each(['deadbeef12', 'DEADBEEF', '12345', '', 'two words', 'a-b', 'ROOM', '1abc', '1.x', 'a\tb'])('%j is not', (v) => {
    expect(looksLikeName(v)).toBe(false);
  });
  it('a hex-looking word shorter than 8 or with other letters is a name', () => {
    expect(looksLikeName('deadbee')).toBe(true);
    expect(looksLikeName('deadbeefx')).toBe(true);
  });
});
