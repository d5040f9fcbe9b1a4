import type { BarSeriesOption } from 'echarts/charts'
import { BarChart } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the SPA draws (bar charts with axes, legend and tooltip), so the bundle keeps the rest of ECharts out.
use([CanvasRenderer, BarChart, GridComponent, LegendComponent, TooltipComponent])

export type BarChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>
