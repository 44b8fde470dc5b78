/* tandem-month-render.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-launch-ops.h"
#include "tandem-layout.h"

G_BEGIN_DECLS

typedef struct _TandemMonthRender TandemMonthRender;

/* One entry of a day on paper: a launch's chip, or a task's smaller line. */
typedef struct
{
  gboolean  launch;
  char     *title;  /* a task's is "T-7 Briefing" */
  int       tier;   /* a launch's, 1 to 3 */
  gboolean  done;   /* a task's */
} TandemMonthItem;

TandemMonthRender *tandem_month_render_new         (TandemWorkspace         *workspace,
                                                    const GDate             *month,
                                                    guint                    n_months,
                                                    GDateWeekday             week_start,
                                                    const TandemPageOptions *options);
void               tandem_month_render_free        (TandemMonthRender       *self);
guint              tandem_month_render_get_n_pages (TandemMonthRender       *self);
const TandemPageOptions *
                   tandem_month_render_get_options (TandemMonthRender       *self);
void               tandem_month_render_draw_page   (TandemMonthRender       *self,
                                                    cairo_t                 *cr,
                                                    guint                    page);
double             tandem_month_render_item        (cairo_t                 *cr,
                                                    const TandemMonthItem   *item,
                                                    double                   width,
                                                    gboolean                 compact,
                                                    PangoRectangle          *text);
GPtrArray         *tandem_month_render_export      (TandemMonthRender       *self,
                                                    const char              *format,
                                                    const char              *path,
                                                    double                   dpi,
                                                    GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemMonthRender, tandem_month_render_free)

G_END_DECLS
