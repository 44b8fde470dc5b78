/* tandem-window.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"
#include "tandem-draft.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_WINDOW (tandem_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemWindow, tandem_window, TANDEM, WINDOW, AdwApplicationWindow)

TandemWindow    *tandem_window_new           (GtkApplication *application);
TandemWorkspace *tandem_window_get_workspace (TandemWindow   *self);
GFile           *tandem_window_get_file      (TandemWindow   *self);
gboolean         tandem_window_get_busy      (TandemWindow   *self);
gboolean         tandem_window_is_pristine   (TandemWindow   *self);
gboolean         tandem_window_has_file      (TandemWindow   *self,
                                              GFile          *file);
void             tandem_window_load_file     (TandemWindow   *self,
                                              GFile          *file);
void             tandem_window_open_file     (TandemWindow   *self,
                                              GFile          *file);
void             tandem_window_recover_draft (TandemWindow   *self,
                                              TandemDraft    *draft);
AdwMessageDialog *tandem_window_offer_recovery (TandemWindow *self,
                                                TandemDraft  *draft);

G_END_DECLS
