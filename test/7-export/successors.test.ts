import { describe, expect, it } from 'vitest';
import { ExtractionGraph } from '../../src/6-graph/knowledge-graph.js';
import { EXPORTERS, type ExportFormat } from '../../src/7-export/index.js';
import { NRTA, SAPPRFT, organization, result } from '../6-graph/time-fixtures.js';

function graph(): ExtractionGraph {
  const kg = new ExtractionGraph();
  kg.addExtraction(result('2016-05-03', [organization('国家新闻出版广电总局', SAPPRFT)]), { id: 'a' });
  kg.addExtraction(result('2020-06-03', [organization('国家广播电视总局', NRTA)]), { id: 'b' });
  return kg;
}

describe('every format carries the successor link (and, but for the viewer, the period)', () => {
  const rows: [format: ExportFormat, link: RegExp, period: RegExp][] = [
    ['gexf', /succeeded_by/, /2013-03/],
    ['graphml', /succeeded_by/, /2013-03/],
    ['json', /"type": ?"succeeded_by"/, /"to": ?"2018-03"/],
    ['csv', /,succeeded_by,split,/, /,2013-03,2018-03,国家广播电视总局\|国家新闻出版署\|国家电影局,split/],
    ['neo4j', /SUCCEEDED_BY/, /2013-03/],
    // The viewer lists the link with its title and date in the side panel.
    ['html', /succeeded_by/, /"title":"split"/],
  ];
  it.each(rows)('%s', (format, link, period) => {
    const text = EXPORTERS[format](graph(), {}).map((file) => file.content).join('\n');
    expect([link.test(text), period.test(text)]).toEqual([true, true]);
  });
});
