/* tandem-launch-editor.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_LAUNCH_EDITOR (tandem_launch_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemLaunchEditor, tandem_launch_editor, TANDEM, LAUNCH_EDITOR, AdwWindow)

GtkWidget    *tandem_launch_editor_new        (TandemWorkspace    *workspace,
                                               TandemLaunch       *launch);
TandemLaunch *tandem_launch_editor_get_launch (TandemLaunchEditor *self);

G_END_DECLS
