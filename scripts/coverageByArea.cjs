/**
 * A coverage reporter (istanbul's interface, as Vitest's v8 provider uses it) that prints the line
 * coverage of each area of src/ on its own line, so the UI's figure is not lost in the total:
 *   Lines by area: src/ui 61.2% (1234/2016) · src/engine 94.0% (…)
 * Options: { areas: ['src/ui', 'src/engine', …] } (folders, relative to the project root).
 */
const path = require('node:path');

class AreaSummary {
  constructor(options = {}) {
    this.areas = options.areas ?? ['src/ui'];
    this.root = options.projectRoot ?? process.cwd();
  }

  execute(context) {
    const totals = new Map(this.areas.map((area) => [area, { covered: 0, total: 0 }]));
    context.getTree('flat').visit(
      {
        onDetail: (node) => {
          const file = path.relative(this.root, node.getFileCoverage().path).split(path.sep).join('/');
          const lines = node.getCoverageSummary().lines;
          for (const area of this.areas) {
            if (!file.startsWith(`${area}/`)) continue;
            const sum = totals.get(area);
            sum.covered += lines.covered;
            sum.total += lines.total;
          }
        },
      },
      context,
    );
    const parts = [...totals].map(([area, { covered, total }]) => {
      const pct = total === 0 ? 100 : (100 * covered) / total;
      return `${area} ${pct.toFixed(1)}% (${covered}/${total})`;
    });
    const out = context.writer.writeFile(null);
    out.println(`Lines by area: ${parts.join(' · ')}`);
    out.close();
  }
}

module.exports = AreaSummary;
