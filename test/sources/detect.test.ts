import { describe, expect, it } from 'vitest';
import { detectFormat, detectLang } from '../../generator/sources/detect.js';

describe('detectLang', () => {
  it('reads a Chinese page as zh, field names and JSON notwithstanding', () => {
    const page = ['## 推流事件', '', '| 参数名称 | 类型 | 描述 |', '| --- | --- | --- |', '| StreamId | String | 流的唯一标识，推流时由客户端指定 |', '| EventTime | Int64 | 事件发生的时间，单位为毫秒 |', '', '```json', '{ "StreamId": "abc", "EventTime": 1700000000000 }', '```'].join('\n');
    expect(detectLang(page)).toBe('zh');
  });

  it('reads an English page as en even when a scraped Chinese menu rides along', () => {
    const menu = '文档中心 产品简介 购买指南 快速入门 操作指南 开发指南 常见问题';
    const prose = 'This callback is sent when a stream starts. The server posts a JSON body with the stream identifier, the time of the event and the reason it stopped. '.repeat(12);
    expect(detectLang(`${menu}\n${prose}`)).toBe('en');
  });

  it('reads a page with no letters at all as en (nothing says Chinese)', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('| 1 | 2 |\n')).toBe('en');
  });

  it('weighs one CJK character as several Latin letters: a short Chinese sentence beside a few English words is zh', () => {
    expect(detectLang('回调事件说明 RoomId UserId')).toBe('zh');
    expect(detectLang('回 RoomId UserId Timestamp Reason')).toBe('en');
  });
});

describe('detectFormat', () => {
  it('recognises an API reference page by its parameter header or by two numbered sections', () => {
    expect(detectFormat('1. API Description\nDescribes a push.\nParameter Name Required Type Description\nAction Yes String Common parameter.\n')).toBe('api-page');
    expect(detectFormat('参数名称 必选 类型 描述\nAction 是 String 公共参数\n')).toBe('api-page');
    expect(detectFormat('1. 接口描述\n查询推流。\n2. 输入参数\nAction String\n')).toBe('api-page');
    expect(detectFormat('3. Output Parameters\nRequestId String\n')).toBe('scraped-text');
    // the API header over a callback's fields, no Action row and no API section: a scraped page
    expect(detectFormat('转码完成回调\n\n参数名称\t类型\t描述\nEventType\tString\t事件类型\n')).toBe('scraped-text');
    expect(detectFormat('1. Input Parameters\nParameter Name Type Description\nDomainName String The domain.\n')).toBe('api-page');
  });

  it('recognises Markdown by a table separator, a heading, a code fence or the file name', () => {
    expect(detectFormat('Name | Type\n--- | ---\nA | String\n')).toBe('markdown');
    expect(detectFormat('| Name | Type |\n|:---|---:|\n')).toBe('markdown');
    expect(detectFormat('text\n## Events\nmore text\n')).toBe('markdown');
    expect(detectFormat('sample:\n```json\n{}\n```\n')).toBe('markdown');
    expect(detectFormat('~~~\n{}\n~~~\n')).toBe('markdown');
    expect(detectFormat('plain words\n', 'p/zh/page.MD')).toBe('markdown');
  });

  it('takes pipe rows without a separator, from a scraped page, as scraped text', () => {
    expect(detectFormat('Parameter | Type | Description\nRoomId | Integer | The room.\n#hashtag without a space\n', 'p/en/page.txt')).toBe('scraped-text');
    expect(detectFormat('')).toBe('scraped-text');
  });

  it('prefers the API shape over Markdown marks on the same page', () => {
    expect(detectFormat('## 1. API Description\n\nParameter Name Type Description\n| a | b |\n|---|---|\n')).toBe('api-page');
  });
});
