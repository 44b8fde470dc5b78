/* tandem-board-ops.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_BOARD_PRESET_NOW_NEXT_LATER, /*< nick=now-next-later >*/
  TANDEM_BOARD_PRESET_QUARTERS,       /*< nick=quarters >*/
} TandemBoardPreset;

int           tandem_board_compare_ranked  (TandemObject      *a,
                                            TandemObject      *b);
GPtrArray    *tandem_board_list_ranked     (TandemCollection  *collection);
GPtrArray    *tandem_board_list_cell       (TandemWorkspace   *workspace,
                                            TandemObject      *column,
                                            TandemObject      *lane);
guint         tandem_board_count_evidence  (TandemWorkspace   *workspace,
                                            TandemObject      *card);
char        **tandem_board_quarter_titles  (GDate             *today,
                                            guint              n);

gboolean      tandem_board_move_cards      (TandemWorkspace   *workspace,
                                            TandemObject     **cards,
                                            guint              n_cards,
                                            TandemObject      *column,
                                            TandemObject      *lane,
                                            guint              position,
                                            GError           **error);
gboolean      tandem_board_move_ranked     (TandemWorkspace   *workspace,
                                            TandemObject      *object,
                                            guint              position,
                                            GError           **error);
gboolean      tandem_board_sort_by_score   (TandemWorkspace   *workspace,
                                            TandemObject      *column,
                                            GError           **error);
TandemObject *tandem_board_add_card        (TandemWorkspace   *workspace,
                                            TandemObject      *column,
                                            TandemObject      *lane,
                                            const char        *title,
                                            GError           **error);
TandemObject *tandem_board_add_column      (TandemWorkspace   *workspace,
                                            const char        *title,
                                            GError           **error);
TandemObject *tandem_board_add_lane        (TandemWorkspace   *workspace,
                                            const char        *title,
                                            GError           **error);
gboolean      tandem_board_remove_column   (TandemWorkspace   *workspace,
                                            TandemObject      *column,
                                            TandemObject      *destination,
                                            GError           **error);
gboolean      tandem_board_remove_lane     (TandemWorkspace   *workspace,
                                            TandemObject      *lane,
                                            TandemObject      *destination,
                                            GError           **error);
gboolean      tandem_board_apply_preset    (TandemWorkspace   *workspace,
                                            TandemBoardPreset  preset,
                                            GDate             *today,
                                            GError           **error);

G_END_DECLS
