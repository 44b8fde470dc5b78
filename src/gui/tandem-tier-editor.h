/* tandem-tier-editor.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_TIER_EDITOR (tandem_tier_editor_get_type ())

G_DECLARE_FINAL_TYPE (TandemTierEditor, tandem_tier_editor, TANDEM, TIER_EDITOR, AdwWindow)

GtkWidget *tandem_tier_editor_new      (TandemWorkspace  *workspace);
int        tandem_tier_editor_get_tier (TandemTierEditor *self);
void       tandem_tier_editor_set_tier (TandemTierEditor *self,
                                        int               tier);

G_END_DECLS
