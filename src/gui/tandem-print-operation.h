/* tandem-print-operation.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tandem-month-render.h"
#include "tandem-roadmap-render.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_PRINT_OPERATION (tandem_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (TandemPrintOperation, tandem_print_operation, TANDEM, PRINT_OPERATION, GtkPrintOperation)

TandemPrintOperation *tandem_print_operation_new          (TandemRoadmap        *roadmap,
                                                           TandemRoadmap        *before,
                                                           GPtrArray            *changes);
TandemPrintOperation *tandem_print_operation_new_month    (TandemWorkspace      *workspace,
                                                           const GDate          *month,
                                                           GDateWeekday          week_start);
TandemLayoutKind      tandem_print_operation_get_layout   (TandemPrintOperation *self);
void                  tandem_print_operation_set_layout   (TandemPrintOperation *self,
                                                           TandemLayoutKind      layout);
GtkPageSetup         *tandem_print_operation_load_page_setup (void);
void                  tandem_print_operation_save_page_setup (GtkPageSetup      *page_setup);

G_END_DECLS
