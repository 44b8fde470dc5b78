/* tandem-gui.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

/* The schema id is the same in both build profiles. */
#define TANDEM_SETTINGS_SCHEMA_ID "io.github.tandemplanner.Tandem"

#define TANDEM_MIME_TYPE          "application/x-tandem+xml"
#define TANDEM_FILE_SUFFIX        ".tandem"

const char    *tandem_gui_get_default_user_name (void);
char          *tandem_gui_dup_user_name         (GSettings *settings);
TandemTeam     tandem_gui_get_user_team         (GSettings *settings);
GtkFileFilter *tandem_gui_new_workspace_filter  (void);

G_END_DECLS
