/* tandem-board-dnd.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-board"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-board-private.h"

#ifdef HAVE_X11
#include <gdk/x11/gdkx.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>
#include <X11/keysym.h>
#endif

/* Drag and drop on the board.  A card's drag carries the card objects (the
 * selection when the card is part of it); each cell has one GtkDropTarget
 * that shows where the cards will land and, on drop, goes through the same
 * board.move-cards action as the keyboard.  A drag that ends anywhere else,
 * or that Escape cancels, calls nothing: nothing changes.  Column and lane
 * headers are dragged the same way to reorder them. */

#define AUTOSCROLL_EDGE 40.0
#define AUTOSCROLL_STEP 14.0

static GPtrArray *
cards_from_value (const GValue *value)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_object_unref);

  if (G_VALUE_HOLDS (value, G_TYPE_LIST_STORE))
    {
      GListModel *model = g_value_get_object (value);

      for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (cards, g_list_model_get_item (model, i));
    }
  else if (G_VALUE_HOLDS (value, TANDEM_TYPE_CARD) && g_value_get_object (value) != NULL)
    g_ptr_array_add (cards, g_value_dup_object (value));
  return cards;
}

/* Escape.  GTK 4.8 cancels an X11 drag when Escape is pressed, through a
 * passive grab of the key on the root window; but the key press that grab
 * brings is reported on the root window, for which GDK has no surface, and
 * GDK's XInput2 translation drops it: Escape never reaches the drag.  So
 * while a drag from the board runs, the board watches the display's raw
 * events and reports that key press on its own window instead, where GDK
 * hands it to the drag, which cancels itself as GTK means it to: the target
 * is left, the pointer released, the drag icon slides back and the source
 * gets drag-cancel.  Nothing else is changed; other backends need none of
 * this. */

#ifdef HAVE_X11
static gboolean
xevent_cb (GdkDisplay  *display,
           XEvent      *xevent,
           TandemBoard *self)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  GdkSurface *surface;
  XIDeviceEvent *key;
  int opcode, first_event, first_error;

  if (xevent->type != GenericEvent || xevent->xcookie.evtype != XI_KeyPress ||
      xevent->xcookie.data == NULL)
    return GDK_EVENT_PROPAGATE;
  key = xevent->xcookie.data;
  if (!XQueryExtension (xdisplay, "XInputExtension", &opcode, &first_event, &first_error) ||
      xevent->xcookie.extension != opcode ||
      key->detail != XKeysymToKeycode (xdisplay, XK_Escape) ||
      key->event != key->root)
    return GDK_EVENT_PROPAGATE;

  surface = gtk_native_get_surface (gtk_widget_get_native (GTK_WIDGET (self)));
  if (surface != NULL && GDK_IS_X11_SURFACE (surface))
    key->event = gdk_x11_surface_get_xid (surface);
  return GDK_EVENT_PROPAGATE;
}
#endif

static void
start_escape_watch (TandemBoard *self)
{
#ifdef HAVE_X11
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));

  _tandem_board_stop_escape_watch (self);
  if (GDK_IS_X11_DISPLAY (display))
    self->escape_handler = g_signal_connect (display, "xevent", G_CALLBACK (xevent_cb), self);
#endif
}

void
_tandem_board_stop_escape_watch (TandemBoard *self)
{
  if (self->escape_handler != 0)
    g_signal_handler_disconnect (gtk_widget_get_display (GTK_WIDGET (self)), self->escape_handler);
  self->escape_handler = 0;
}

/* Cards */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 TandemBoard   *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  TandemObject *card = tandem_card_widget_get_card (TANDEM_CARD_WIDGET (widget));
  g_autoptr(GListStore) store = NULL;
  GdkContentProvider *providers[2];

  if (card == NULL)
    return NULL;

  self->press_deferred = FALSE;
  if (!_tandem_board_is_selected (self, card))
    _tandem_board_select_only (self, card);
  g_clear_pointer (&self->dragged, g_ptr_array_unref);
  self->dragged = _tandem_board_dup_selection (self);

  store = g_list_store_new (TANDEM_TYPE_CARD);
  for (guint i = 0; i < self->dragged->len; i++)
    g_list_store_append (store, g_ptr_array_index (self->dragged, i));
  providers[0] = gdk_content_provider_new_typed (G_TYPE_LIST_STORE, store);
  providers[1] = gdk_content_provider_new_typed (TANDEM_TYPE_CARD, card);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               TandemBoard   *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  TandemObject *card = tandem_card_widget_get_card (TANDEM_CARD_WIDGET (widget));
  GtkWidget *icon;

  if (self->dragged != NULL && self->dragged->len > 1)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards",
                                                            self->dragged->len),
                                                self->dragged->len);

      icon = gtk_label_new (text);
      gtk_widget_add_css_class (icon, "card");
      gtk_widget_add_css_class (icon, "drag-icon-count");
    }
  else
    {
      icon = tandem_card_widget_new ();
      tandem_card_widget_bind (TANDEM_CARD_WIDGET (icon), self->model, card);
      gtk_widget_set_size_request (icon, gtk_widget_get_width (widget), -1);
    }
  gtk_widget_add_css_class (icon, "drag-icon");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), icon);
  gtk_drag_source_set_icon (source, NULL, 0, 0);
  gdk_drag_set_hotspot (drag, 24, 16);
  gtk_widget_add_css_class (widget, "drag-source");
  start_escape_watch (self);
}

static void
hide_indicator (TandemBoard *self)
{
  if (self->drop_cell != NULL)
    {
      gtk_widget_set_visible (self->drop_cell->indicator, FALSE);
      gtk_widget_remove_css_class (self->drop_cell->overlay, "drop-target");
    }
  self->drop_cell = NULL;
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             TandemBoard   *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  /* After a move, the row that started the drag may be gone already. */
  if (widget != NULL)
    gtk_widget_remove_css_class (widget, "drag-source");
  g_clear_pointer (&self->dragged, g_ptr_array_unref);
  hide_indicator (self);
  _tandem_board_stop_escape_watch (self);
}

/* A drag cancelled by Escape or dropped outside any target: nothing to undo,
 * as nothing was changed; the cards simply stay. */
static gboolean
drag_cancel_cb (GtkDragSource       *source,
                GdkDrag             *drag,
                GdkDragCancelReason  reason,
                TandemBoard         *self)
{
  hide_indicator (self);
  return FALSE;
}

void
_tandem_board_setup_card_dnd (TandemBoard *self,
                              GtkWidget   *card_widget)
{
  GtkDragSource *source;

  /* A snapshot's board neither drags nor takes drops. */
  if (self->read_only)
    return;
  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (source, "drag-cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (card_widget, GTK_EVENT_CONTROLLER (source));
}

/* Cells */

typedef struct
{
  GtkWidget *row;
  guint      position;
  double     top;
  double     bottom;
} Row;

static GArray *
list_rows (BoardCell *cell)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));

  for (GtkWidget *row = gtk_widget_get_first_child (cell->list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      GtkListItem *item;
      graphene_rect_t bounds;
      Row r;

      if (child == NULL || !TANDEM_IS_CARD_WIDGET (child) || !gtk_widget_get_mapped (row))
        continue;
      item = g_object_get_data (G_OBJECT (child), "list-item");
      if (item == NULL || gtk_list_item_get_position (item) == GTK_INVALID_LIST_POSITION ||
          !gtk_widget_compute_bounds (row, cell->overlay, &bounds))
        continue;
      r.row = row;
      r.position = gtk_list_item_get_position (item);
      r.top = bounds.origin.y;
      r.bottom = bounds.origin.y + bounds.size.height;
      g_array_append_val (rows, r);
    }
  return rows;
}

/**
 * _tandem_board_gap_at:
 * @y: a height in the cell's coordinates
 *
 * Returns: the gap between the cards shown in @cell that @y points at: the
 *   number of cards whose middle is above it.
 */
guint
_tandem_board_gap_at (BoardCell *cell,
                      double     y)
{
  g_autoptr(GArray) rows = list_rows (cell);
  gboolean any_above = FALSE;
  guint gap = 0;
  guint first = G_MAXUINT;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);

      first = MIN (first, r->position);
      if ((r->top + r->bottom) / 2 < y)
        {
          any_above = TRUE;
          gap = MAX (gap, r->position + 1);
        }
    }
  /* Rows scrolled out above the view are above the pointer too. */
  if (!any_above && first != G_MAXUINT)
    gap = first;
  return gap;
}

/* Shows where a drop at @y in @cell would land: what every drag motion does. */
void
_tandem_board_show_indicator (TandemBoard *self,
                              BoardCell   *cell,
                              double       y)
{
  g_autoptr(GArray) rows = NULL;
  guint gap = _tandem_board_gap_at (cell, y);
  double at = 4;
  int height = gtk_widget_get_height (cell->overlay);

  if (self->drop_cell != cell)
    {
      hide_indicator (self);
      self->drop_cell = cell;
      gtk_widget_add_css_class (cell->overlay, "drop-target");
    }
  self->drop_gap = gap;

  rows = list_rows (cell);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);

      if (r->position == gap)
        {
          at = r->top;
          break;
        }
      if (r->position + 1 == gap)
        at = r->bottom;
    }
  gtk_widget_set_margin_top (cell->indicator, (int) CLAMP (at - 2, 0, MAX (height - 4, 0)));
  gtk_widget_set_visible (cell->indicator, TRUE);
}

static gboolean
scroll_by (GtkAdjustment *adjustment,
           double         delta)
{
  double value = gtk_adjustment_get_value (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  double next = CLAMP (value + delta, gtk_adjustment_get_lower (adjustment), upper);

  if (next == value)
    return FALSE;
  gtk_adjustment_set_value (adjustment, next);
  return TRUE;
}

static double
edge_speed (double position,
            double start,
            double end)
{
  if (position < start + AUTOSCROLL_EDGE)
    return -AUTOSCROLL_STEP;
  if (position > end - AUTOSCROLL_EDGE)
    return AUTOSCROLL_STEP;
  return 0;
}

/* Near the edges of the board or of a cell, the view scrolls a little on
 * every frame while the pointer stays there. */
static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  graphene_rect_t bounds;
  gboolean scrolled = FALSE;

  if (self->drop_cell == NULL)
    {
      self->autoscroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (gtk_widget_compute_bounds (GTK_WIDGET (self->scroller), widget, &bounds))
    {
      double dx = edge_speed (self->pointer_x, bounds.origin.x, bounds.origin.x + bounds.size.width);
      double dy = edge_speed (self->pointer_y, bounds.origin.y, bounds.origin.y + bounds.size.height);

      if (dx != 0)
        scrolled |= scroll_by (gtk_scrolled_window_get_hadjustment (self->scroller), dx);
      if (dy != 0)
        scrolled |= scroll_by (gtk_scrolled_window_get_vadjustment (self->scroller), dy);
    }
  if (gtk_widget_compute_bounds (self->drop_cell->scroller, widget, &bounds))
    {
      double dy = edge_speed (self->pointer_y, bounds.origin.y, bounds.origin.y + bounds.size.height);

      if (dy != 0)
        scrolled |= scroll_by (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->drop_cell->scroller)),
                               dy / 2);
    }

  if (scrolled)
    {
      graphene_point_t point;

      if (gtk_widget_compute_point (widget, self->drop_cell->overlay,
                                    &GRAPHENE_POINT_INIT (self->pointer_x, self->pointer_y), &point))
        _tandem_board_show_indicator (self, self->drop_cell, point.y);
    }
  return G_SOURCE_CONTINUE;
}

static GdkDragAction
cell_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                BoardCell     *cell)
{
  TandemBoard *self = cell->board;
  graphene_point_t point;

  _tandem_board_show_indicator (self, cell, y);
  if (gtk_widget_compute_point (cell->overlay, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    {
      self->pointer_x = point.x;
      self->pointer_y = point.y;
    }
  if (self->autoscroll_tick == 0)
    self->autoscroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb,
                                                          NULL, NULL);
  return GDK_ACTION_MOVE;
}

static void
cell_leave_cb (GtkDropTarget *target,
               BoardCell     *cell)
{
  if (cell->board->drop_cell == cell)
    hide_indicator (cell->board);
}

static gboolean
cell_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              BoardCell     *cell)
{
  TandemBoard *self = cell->board;
  g_autoptr(GPtrArray) cards = cards_from_value (value);
  guint gap = _tandem_board_gap_at (cell, y);

  hide_indicator (self);
  if (cards->len == 0)
    return FALSE;
  _tandem_board_move (self, cards, cell, gap);
  return TRUE;
}

void
_tandem_board_setup_cell_dnd (TandemBoard *self,
                              BoardCell   *cell)
{
  GtkDropTarget *target;

  if (self->read_only)
    return;
  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, (GType[]) { G_TYPE_LIST_STORE, TANDEM_TYPE_CARD }, 2);
  g_signal_connect (target, "enter", G_CALLBACK (cell_motion_cb), cell);
  g_signal_connect (target, "motion", G_CALLBACK (cell_motion_cb), cell);
  g_signal_connect (target, "leave", G_CALLBACK (cell_leave_cb), cell);
  g_signal_connect (target, "drop", G_CALLBACK (cell_drop_cb), cell);
  gtk_widget_add_controller (cell->overlay, GTK_EVENT_CONTROLLER (target));
}

/* Column and lane headers */

static GdkContentProvider *
header_prepare_cb (GtkDragSource *source,
                   double         x,
                   double         y,
                   TandemObject  *object)
{
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (object), object);
}

static void
header_drag_begin_cb (GtkDragSource *source,
                      GdkDrag       *drag,
                      TandemObject  *object)
{
  GtkWidget *label = gtk_label_new (tandem_object_get_string (object, "title"));
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  GtkWidget *board = gtk_widget_get_ancestor (header, TANDEM_TYPE_BOARD);

  gtk_widget_add_css_class (label, "card");
  gtk_widget_add_css_class (label, "drag-icon-count");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), label);
  if (board != NULL)
    start_escape_watch (TANDEM_BOARD (board));
}

static void
header_drag_end_cb (GtkDragSource *source,
                    GdkDrag       *drag,
                    gboolean       delete_data,
                    TandemBoard   *self)
{
  _tandem_board_stop_escape_watch (self);
}

/* Whether a drop at (@x, @y) on @header goes after its column or lane. */
static gboolean
drops_after (GtkWidget    *header,
             TandemObject *object,
             double        x,
             double        y)
{
  if (TANDEM_IS_COLUMN (object))
    return x > gtk_widget_get_width (header) / 2.0;
  return y > gtk_widget_get_height (header) / 2.0;
}

static GdkDragAction
header_motion_cb (GtkDropTarget *target,
                  double         x,
                  double         y,
                  TandemObject  *object)
{
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  gboolean after = drops_after (header, object, x, y);

  gtk_widget_add_css_class (header, after ? "drop-after" : "drop-before");
  gtk_widget_remove_css_class (header, after ? "drop-before" : "drop-after");
  return GDK_ACTION_MOVE;
}

static void
header_leave_cb (GtkDropTarget *target,
                 TandemObject  *object)
{
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  gtk_widget_remove_css_class (header, "drop-before");
  gtk_widget_remove_css_class (header, "drop-after");
}

static gboolean
header_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                TandemObject  *object)
{
  GtkWidget *header = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  TandemBoard *self = TANDEM_BOARD (gtk_widget_get_ancestor (header, TANDEM_TYPE_BOARD));
  TandemObject *dropped = g_value_get_object (value);
  g_autoptr(GPtrArray) siblings = NULL;
  TandemWorkspace *workspace;
  guint position;

  header_leave_cb (target, object);
  if (self == NULL || dropped == NULL || dropped == object)
    return FALSE;
  workspace = tandem_board_get_workspace (self);
  siblings = tandem_board_list_ranked (TANDEM_IS_COLUMN (object) ? tandem_workspace_get_columns (workspace)
                                                                 : tandem_workspace_get_lanes (workspace));
  if (!g_ptr_array_find (siblings, object, &position))
    return FALSE;
  if (drops_after (header, object, x, y))
    position++;
  gtk_widget_activate_action (GTK_WIDGET (self),
                              TANDEM_IS_COLUMN (object) ? "board.move-column" : "board.move-lane",
                              "(su)", tandem_object_get_id (dropped), position);
  return TRUE;
}

void
_tandem_board_setup_header_dnd (TandemBoard  *self,
                                GtkWidget    *header,
                                TandemObject *object)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  if (self->read_only)
    return;
  source = gtk_drag_source_new ();
  target = gtk_drop_target_new (G_OBJECT_TYPE (object), GDK_ACTION_MOVE);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (header_prepare_cb), object, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (header_drag_begin_cb), object, 0);
  g_signal_connect (source, "drag-end", G_CALLBACK (header_drag_end_cb), self);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (target, "enter", G_CALLBACK (header_motion_cb), object, 0);
  g_signal_connect_object (target, "motion", G_CALLBACK (header_motion_cb), object, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (header_leave_cb), object, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (header_drop_cb), object, 0);
  gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (target));
}
