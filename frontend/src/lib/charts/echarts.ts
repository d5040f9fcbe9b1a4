import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts'
import { BarChart, PieChart } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the SPA draws (bar charts with axes, pie charts, legend and tooltip), so the bundle keeps the rest of ECharts out.
use([CanvasRenderer, BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent])

export type BarChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

export type PieChartOption = ComposeOption<PieSeriesOption | LegendComponentOption | TooltipComponentOption>
