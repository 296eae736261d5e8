// The dashboard's two charts (recharts, the app's one chart library). They draw the API's numbers as they are and
// are hidden from assistive technology: the table beside each chart carries the same figures, as links.
import { Bar, BarChart, type BarShapeProps, Rectangle, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

export function HorizontalBars({ rows, kind }: { rows: ChartRow[]; kind: 'status' | 'department' }) {
  const height = Math.max(120, rows.length * 36 + 40);
  return (
    <div className={`admin-dash-chart admin-dash-chart--${kind}`} aria-hidden="true" data-chart={kind}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 24 }}>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={170} />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            label={{ position: 'right', className: 'admin-dash-bar-label' }}
            shape={(props: BarShapeProps) => (
              <Rectangle
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                className={`admin-dash-bar admin-dash-bar--${kind === 'status' ? String((props.payload as ChartRow).key) : 'department'}`}
                data-key={(props.payload as ChartRow).key}
                data-value={(props.payload as ChartRow).value}
              />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
