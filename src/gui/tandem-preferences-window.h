/* tandem-preferences-window.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_PREFERENCES_WINDOW (tandem_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (TandemPreferencesWindow, tandem_preferences_window, TANDEM,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

TandemPreferencesWindow *tandem_preferences_window_new (GtkWindow *parent);

G_END_DECLS
