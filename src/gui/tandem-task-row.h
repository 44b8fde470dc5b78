/* tandem-task-row.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

GtkListItemFactory *tandem_task_row_factory_new (TandemWorkspace *workspace,
                                                 gboolean         show_done);
int                 tandem_task_row_compare     (gconstpointer    a,
                                                 gconstpointer    b,
                                                 gpointer         user_data);

G_END_DECLS
