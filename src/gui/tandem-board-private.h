/* tandem-board-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-board.h"
#include "tandem-card-editor.h"
#include "tandem-card-widget.h"

G_BEGIN_DECLS

/* One cell of the grid: the cards of a column in a lane (or in no lane). */
typedef struct
{
  TandemBoard        *board;        /* unowned */
  TandemObject       *column;
  TandemObject       *lane;         /* nullable */
  guint               column_index;
  guint               lane_index;
  TandemCellModel    *cards;        /* unowned: the board model owns it */
  GtkFilterListModel *filtered;
  GtkWidget          *overlay;
  GtkWidget          *scroller;
  GtkWidget          *list_view;
  GtkWidget          *indicator;
  GtkWidget          *placeholder;
} BoardCell;

struct _TandemBoard
{
  GtkWidget           parent_instance;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *team_dropdown;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *tag_dropdown;
  GtkStringList      *tag_list;
  GtkLabel           *count_label;
  AdwFlap            *flap;
  GtkScrolledWindow  *scroller;
  GtkGrid            *grid;
  TandemCardEditor   *editor;
  GtkPopover         *move_popover;
  GtkDropDown        *move_column_dropdown;
  GtkDropDown        *move_lane_dropdown;
  GtkSpinButton      *move_position_spin;
  GtkLabel           *move_title_label;

  TandemWorkspace    *workspace;
  TandemBoardModel   *model;
  GtkCustomFilter    *filter;
  GPtrArray          *columns;      /* ranked TandemColumn */
  GPtrArray          *lanes;        /* ranked TandemLane, then NULL for no lane */
  GPtrArray          *cells;        /* BoardCell, lane-major */
  GPtrArray          *column_counts; /* GtkLabel per column */
  GPtrArray          *lane_counts;  /* GtkLabel per lane row, or NULL */
  GHashTable         *collapsed;    /* lane ids */
  GHashTable         *selection;    /* TandemCard, ref'd */
  TandemObject       *anchor;       /* unowned: the last card clicked, for Shift */
  GHashTable         *bound;        /* TandemCard → TandemCardWidget showing it */
  GHashTable         *spare_cards;  /* TandemCard → TandemCardWidget of a row torn down */
  char               *summary;
  char               *count_text;
  char               *search;       /* casefolded, or NULL */
  int                 team;         /* TandemTeam, or -1 for any */
  int                 status;       /* TandemCardStatus, or -1 for any */
  char               *tag;
  guint               rebuild_source;
  gboolean            has_lanes;

  /* Drag and drop */
  GPtrArray          *dragged;      /* the cards of the drag from here, or NULL */
  BoardCell          *drop_cell;
  guint               drop_gap;     /* in the filtered cell */
  guint               autoscroll_tick;
  double              pointer_x;    /* in board coordinates, during a drag */
  double              pointer_y;
  gboolean            pointer_inside;
  gboolean            press_deferred;
  gulong              escape_handler; /* while a drag from here runs, on X11 */
  TandemObject       *move_card;    /* the card the Move to… popover moves */

  /* A snapshot or a comparison shown (tandem-board-snapshot.c) */
  gboolean            read_only;
  GPtrArray          *changes;      /* of TandemChange, or NULL */
  GHashTable         *change_index; /* card id → TandemChange in changes */
};

/* tandem-board.c */
BoardCell    *_tandem_board_get_cell           (TandemBoard      *self,
                                                guint             column_index,
                                                guint             lane_index);
BoardCell    *_tandem_board_find_cell          (TandemBoard      *self,
                                                TandemObject     *card);
guint         _tandem_board_unfiltered_gap     (BoardCell        *cell,
                                                guint             gap);
GPtrArray    *_tandem_board_dup_selection      (TandemBoard      *self);
void          _tandem_board_select_only        (TandemBoard      *self,
                                                TandemObject     *card);
void          _tandem_board_toggle_selected    (TandemBoard      *self,
                                                TandemObject     *card);
void          _tandem_board_extend_selection   (TandemBoard      *self,
                                                TandemObject     *card);
gboolean      _tandem_board_is_selected        (TandemBoard      *self,
                                                TandemObject     *card);
void          _tandem_board_move               (TandemBoard      *self,
                                                GPtrArray        *cards,
                                                BoardCell        *cell,
                                                guint             filtered_gap);

/* tandem-board-dnd.c */
void          _tandem_board_setup_card_dnd     (TandemBoard      *self,
                                                GtkWidget        *card_widget);
void          _tandem_board_setup_cell_dnd     (TandemBoard      *self,
                                                BoardCell        *cell);
void          _tandem_board_stop_escape_watch  (TandemBoard      *self);
void          _tandem_board_setup_header_dnd   (TandemBoard      *self,
                                                GtkWidget        *header,
                                                TandemObject     *object);
guint         _tandem_board_gap_at             (BoardCell        *cell,
                                                double            y);
void          _tandem_board_show_indicator     (TandemBoard      *self,
                                                BoardCell        *cell,
                                                double            y);

/* tandem-board-snapshot.c */
const TandemChange *_tandem_board_lookup_change (TandemBoard   *self,
                                                 TandemObject  *card);

/* For tests. */
GtkWidget    *_tandem_board_get_cell_widget    (TandemBoard      *self,
                                                TandemObject     *column,
                                                TandemObject     *lane);
TandemCardWidget *_tandem_board_get_card_widget (TandemBoard     *self,
                                                TandemObject     *card);
GtkSearchEntry *_tandem_board_get_search_entry (TandemBoard      *self);
TandemCardEditor *_tandem_board_get_editor     (TandemBoard      *self);
gboolean      _tandem_board_focus_card         (TandemBoard      *self,
                                                TandemObject     *card);

G_END_DECLS
