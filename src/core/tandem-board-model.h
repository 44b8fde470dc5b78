/* tandem-board-model.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-cell-model.h"
#include "tandem-workspace.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_BOARD_MODEL (tandem_board_model_get_type ())

G_DECLARE_FINAL_TYPE (TandemBoardModel, tandem_board_model, TANDEM, BOARD_MODEL, GObject)

TandemBoardModel *tandem_board_model_new                (TandemWorkspace  *workspace);
TandemWorkspace  *tandem_board_model_get_workspace      (TandemBoardModel *self);
TandemCellModel  *tandem_board_model_get_cell           (TandemBoardModel *self,
                                                         TandemObject     *column,
                                                         TandemObject     *lane);
TandemCellModel  *tandem_board_model_get_cell_of        (TandemBoardModel *self,
                                                         TandemObject     *card);
guint             tandem_board_model_get_evidence_count (TandemBoardModel *self,
                                                         TandemObject     *card);
gboolean          tandem_board_model_move_cards         (TandemBoardModel *self,
                                                         TandemObject    **cards,
                                                         guint             n_cards,
                                                         TandemObject     *column,
                                                         TandemObject     *lane,
                                                         guint             position,
                                                         GError          **error);

G_END_DECLS
