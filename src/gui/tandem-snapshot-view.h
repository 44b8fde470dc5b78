/* tandem-snapshot-view.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-board.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SNAPSHOT_VIEW (tandem_snapshot_view_get_type ())

G_DECLARE_FINAL_TYPE (TandemSnapshotView, tandem_snapshot_view, TANDEM, SNAPSHOT_VIEW, GtkWidget)

GtkWidget   *tandem_snapshot_view_new             (void);
TandemBoard *tandem_snapshot_view_get_board       (TandemSnapshotView *self);
const char  *tandem_snapshot_view_get_title       (TandemSnapshotView *self);
GtkListBox  *tandem_snapshot_view_get_changes_list (TandemSnapshotView *self);
void         tandem_snapshot_view_show_snapshot   (TandemSnapshotView *self,
                                                   TandemWorkspace    *workspace,
                                                   TandemSnapshot     *snapshot);
void         tandem_snapshot_view_show_comparison (TandemSnapshotView *self,
                                                   TandemWorkspace    *workspace,
                                                   TandemSnapshot     *snapshot,
                                                   TandemSnapshot     *other);
void         tandem_snapshot_view_clear           (TandemSnapshotView *self);
GtkWindow   *tandem_snapshot_view_preview         (TandemSnapshotView *self);
gboolean     tandem_snapshot_view_get_shown       (TandemSnapshotView *self,
                                                   TandemRoadmap     **roadmap,
                                                   TandemRoadmap     **before,
                                                   GPtrArray         **changes);

G_END_DECLS
