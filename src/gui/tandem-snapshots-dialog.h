/* tandem-snapshots-dialog.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SNAPSHOTS_DIALOG (tandem_snapshots_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TandemSnapshotsDialog, tandem_snapshots_dialog, TANDEM, SNAPSHOTS_DIALOG, AdwWindow)

TandemSnapshotsDialog *tandem_snapshots_dialog_new        (TandemWorkspace       *workspace);
gboolean               tandem_snapshots_dialog_view       (TandemSnapshotsDialog *self,
                                                           TandemSnapshot        *snapshot);
gboolean               tandem_snapshots_dialog_compare    (TandemSnapshotsDialog *self,
                                                           TandemSnapshot        *snapshot,
                                                           TandemSnapshot        *other);
GtkWindow             *tandem_snapshots_dialog_preview    (TandemSnapshotsDialog *self,
                                                           TandemSnapshot        *snapshot);

G_END_DECLS
