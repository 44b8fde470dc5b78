/* tandem-print-actions.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-print-operation.h"

G_BEGIN_DECLS

void                  tandem_print_actions_install (GtkWidgetClass *widget_class);

TandemPrintOperation *tandem_print_roadmap         (GtkWindow      *parent,
                                                    TandemRoadmap  *roadmap,
                                                    TandemRoadmap  *before,
                                                    GPtrArray      *changes);
void                  tandem_export_roadmap        (GtkWindow      *parent,
                                                    TandemRoadmap  *roadmap,
                                                    TandemRoadmap  *before,
                                                    GPtrArray      *changes);
TandemPrintOperation *tandem_print_month           (GtkWindow      *parent,
                                                    TandemWorkspace *workspace,
                                                    const GDate    *month,
                                                    GDateWeekday    week_start);
void                  tandem_export_month          (GtkWindow      *parent,
                                                    TandemWorkspace *workspace,
                                                    const GDate    *month,
                                                    GDateWeekday    week_start);
AdwMessageDialog     *tandem_take_snapshot         (GtkWindow      *parent,
                                                    TandemWorkspace *workspace);
GtkWindow            *tandem_preview_roadmap       (GtkWindow      *parent,
                                                    TandemRoadmap  *roadmap,
                                                    TandemRoadmap  *before,
                                                    GPtrArray      *changes);

G_END_DECLS
