import { GroupedBarChart, type GroupedBarChartProps } from "./grouped-bar-chart";

/**
 * A short breakdown of shares (seniority, work mode, country): the grouped bar chart in its
 * compact density, so both charts share one implementation.
 */
export function BreakdownChart(props: Omit<GroupedBarChartProps, "density">) {
  return <GroupedBarChart {...props} density="compact" />;
}
