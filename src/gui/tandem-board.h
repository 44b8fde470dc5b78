/* tandem-board.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"
#include "tandem-snapshots.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_BOARD (tandem_board_get_type ())

G_DECLARE_FINAL_TYPE (TandemBoard, tandem_board, TANDEM, BOARD, GtkWidget)

GtkWidget       *tandem_board_new            (void);
TandemWorkspace *tandem_board_get_workspace  (TandemBoard     *self);
void             tandem_board_set_workspace  (TandemBoard     *self,
                                              TandemWorkspace *workspace);
const char      *tandem_board_get_summary    (TandemBoard     *self);
void             tandem_board_set_summary    (TandemBoard     *self,
                                              const char      *summary);
const char      *tandem_board_get_count_text (TandemBoard     *self);
gboolean         tandem_board_get_read_only  (TandemBoard     *self);
void             tandem_board_set_read_only  (TandemBoard     *self,
                                              gboolean         read_only);
GPtrArray       *tandem_board_get_changes    (TandemBoard     *self);
void             tandem_board_set_changes    (TandemBoard     *self,
                                              GPtrArray       *changes);
gboolean         tandem_board_reveal_card    (TandemBoard     *self,
                                              const char      *card_id);

G_END_DECLS
