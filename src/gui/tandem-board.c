/* tandem-board.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-board"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-board-private.h"

/* The roadmap board: columns left to right, lanes top to bottom.
 *
 * Each cell (a column in a lane) is a one-column GtkGridView over the board
 * model's sorted cell, through one shared GtkCustomFilter.  It recycles its
 * rows, so the board holds widgets for the cards near the view only,
 * whatever the size of the workspace; and since the board model emits exact items-changed,
 * a move rebinds the rows of two cells and nothing else.  The grid itself
 * (headers, cells, quick-add entries) is rebuilt when columns or lanes
 * change, which is rare and cheap: there are tens of them, not thousands.
 *
 * Selection is the board's own, not a GtkSelectionModel per list: a
 * Ctrl/Shift-click selection spans cells, and pressing on a selected card
 * keeps the selection so that it can be dragged as one.
 *
 * Every edit goes through a board.* action that calls the core's board
 * operations; drag and drop lives in tandem-board-dnd.c. */

G_DEFINE_FINAL_TYPE (TandemBoard, tandem_board, GTK_TYPE_WIDGET)

static void rebuild (TandemBoard *self);
static void update_count (TandemBoard *self);

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
board_cell_free (gpointer data)
{
  BoardCell *cell = data;

  g_clear_object (&cell->column);
  g_clear_object (&cell->lane);
  g_clear_object (&cell->filtered);
  g_free (cell);
}

BoardCell *
_tandem_board_get_cell (TandemBoard *self,
                        guint        column_index,
                        guint        lane_index)
{
  guint n_columns = self->columns != NULL ? self->columns->len : 0;

  if (column_index >= n_columns || self->cells == NULL)
    return NULL;
  if (lane_index * n_columns + column_index >= self->cells->len)
    return NULL;
  return g_ptr_array_index (self->cells, lane_index * n_columns + column_index);
}

BoardCell *
_tandem_board_find_cell (TandemBoard  *self,
                         TandemObject *card)
{
  TandemCellModel *model_cell;

  if (self->model == NULL || self->cells == NULL)
    return NULL;
  model_cell = tandem_board_model_get_cell_of (self->model, card);
  for (guint i = 0; i < self->cells->len; i++)
    {
      BoardCell *cell = g_ptr_array_index (self->cells, i);

      if (cell->cards == model_cell)
        return cell;
    }
  return NULL;
}

static guint
index_in (GListModel *model,
          gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return G_MAXUINT;
}

/* A gap between the cards shown in @cell (which may be filtered) as a gap
 * between all the cards of the cell, the position the core wants. */
guint
_tandem_board_unfiltered_gap (BoardCell *cell,
                              guint      gap)
{
  GListModel *shown = G_LIST_MODEL (cell->filtered);
  GListModel *all = G_LIST_MODEL (cell->cards);
  guint n_shown = g_list_model_get_n_items (shown);

  if (n_shown == 0)
    return g_list_model_get_n_items (all);
  if (gap < n_shown)
    {
      g_autoptr(GObject) anchor = g_list_model_get_item (shown, gap);

      return index_in (all, anchor);
    }
  else
    {
      g_autoptr(GObject) last = g_list_model_get_item (shown, n_shown - 1);

      return index_in (all, last) + 1;
    }
}

/* Selection */

static void
update_selected_widgets (TandemBoard *self)
{
  GHashTableIter iter;
  gpointer card;
  gpointer widget;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &card, &widget))
    tandem_card_widget_set_selected (widget, g_hash_table_contains (self->selection, card));
}

gboolean
_tandem_board_is_selected (TandemBoard  *self,
                           TandemObject *card)
{
  return g_hash_table_contains (self->selection, card);
}

void
_tandem_board_select_only (TandemBoard  *self,
                           TandemObject *card)
{
  g_hash_table_remove_all (self->selection);
  if (card != NULL)
    g_hash_table_add (self->selection, g_object_ref (card));
  self->anchor = card;
  update_selected_widgets (self);
}

void
_tandem_board_toggle_selected (TandemBoard  *self,
                               TandemObject *card)
{
  if (!g_hash_table_remove (self->selection, card))
    g_hash_table_add (self->selection, g_object_ref (card));
  self->anchor = card;
  update_selected_widgets (self);
}

/* Shift-click: the cards between the anchor and @card, when both are in the
 * same cell; otherwise @card alone. */
void
_tandem_board_extend_selection (TandemBoard  *self,
                                TandemObject *card)
{
  BoardCell *cell = _tandem_board_find_cell (self, card);
  guint from;
  guint to;

  if (self->anchor == NULL || cell == NULL || _tandem_board_find_cell (self, self->anchor) != cell)
    {
      _tandem_board_select_only (self, card);
      return;
    }
  from = index_in (G_LIST_MODEL (cell->filtered), self->anchor);
  to = index_in (G_LIST_MODEL (cell->filtered), card);
  if (from == G_MAXUINT || to == G_MAXUINT)
    return;
  for (guint i = MIN (from, to); i <= MAX (from, to); i++)
    g_hash_table_add (self->selection, g_list_model_get_item (G_LIST_MODEL (cell->filtered), i));
  update_selected_widgets (self);
}

static int
compare_board_position (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  TandemBoard *self = user_data;
  TandemObject *ca = *(TandemObject **) a;
  TandemObject *cb = *(TandemObject **) b;
  BoardCell *cell_a = _tandem_board_find_cell (self, ca);
  BoardCell *cell_b = _tandem_board_find_cell (self, cb);

  if (cell_a != cell_b && cell_a != NULL && cell_b != NULL)
    {
      if (cell_a->column_index != cell_b->column_index)
        return (int) cell_a->column_index - (int) cell_b->column_index;
      return (int) cell_a->lane_index - (int) cell_b->lane_index;
    }
  return tandem_board_compare_ranked (ca, cb);
}

/**
 * _tandem_board_dup_selection:
 *
 * Returns: (transfer container): the selected cards in board order.
 */
GPtrArray *
_tandem_board_dup_selection (TandemBoard *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    g_ptr_array_add (out, g_object_ref (card));
  g_ptr_array_sort_with_data (out, compare_board_position, self);
  return out;
}

/* Moving */

static void
show_error (TandemBoard  *self,
            const char   *heading,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Moves @cards into @cell, at a gap between the cards it shows: what a drop
 * and the keyboard both end in, through the board.move-cards action. */
void
_tandem_board_move (TandemBoard *self,
                    GPtrArray   *cards,
                    BoardCell   *cell,
                    guint        filtered_gap)
{
  g_autoptr(GVariantBuilder) ids = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  guint position = _tandem_board_unfiltered_gap (cell, filtered_gap);

  for (guint i = 0; i < cards->len; i++)
    g_variant_builder_add (ids, "s", tandem_object_get_id (g_ptr_array_index (cards, i)));
  gtk_widget_activate_action (GTK_WIDGET (self), "board.move-cards", "(asssu)", ids,
                              tandem_object_get_id (cell->column),
                              cell->lane != NULL ? tandem_object_get_id (cell->lane) : "",
                              position);
}

static void
move_cards_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GVariantIter) ids = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *column_id;
  const char *lane_id;
  const char *id;
  TandemObject *column;
  TandemObject *lane = NULL;
  guint position;

  g_variant_get (parameter, "(as&s&su)", &ids, &column_id, &lane_id, &position);
  column = tandem_workspace_lookup (self->workspace, column_id);
  if (lane_id[0] != '\0')
    lane = tandem_workspace_lookup (self->workspace, lane_id);
  while (g_variant_iter_next (ids, "&s", &id))
    {
      TandemObject *card = tandem_workspace_lookup (self->workspace, id);

      if (card != NULL && TANDEM_IS_CARD (card))
        g_ptr_array_add (cards, card);
    }
  if (column == NULL || !TANDEM_IS_COLUMN (column) || (lane_id[0] != '\0' && lane == NULL))
    return;

  if (!tandem_board_model_move_cards (self->model, (TandemObject **) cards->pdata, cards->len,
                                      column, lane, position, &error))
    show_error (self, _("Could Not Move Card"), error);
}

/* Focus */

static TandemCardWidget *
focused_card_widget (TandemBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      if (TANDEM_IS_CARD_WIDGET (w))
        return TANDEM_CARD_WIDGET (w);
      if (gtk_widget_get_first_child (w) != NULL &&
          TANDEM_IS_CARD_WIDGET (gtk_widget_get_first_child (w)))
        return TANDEM_CARD_WIDGET (gtk_widget_get_first_child (w));
    }
  return NULL;
}

static TandemObject *
focused_card (TandemBoard *self)
{
  TandemCardWidget *widget = focused_card_widget (self);

  return widget != NULL ? tandem_card_widget_get_card (widget) : NULL;
}

/* Gives focus to the row showing @card in @cell, scrolling it into view. */
static gboolean
focus_in_cell (BoardCell    *cell,
               TandemObject *card)
{
  guint position = index_in (G_LIST_MODEL (cell->filtered), card);

  if (position == G_MAXUINT)
    return FALSE;
  gtk_widget_activate_action (cell->list_view, "list.scroll-to-item", "u", position);
  for (GtkWidget *row = gtk_widget_get_first_child (cell->list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (child != NULL && TANDEM_IS_CARD_WIDGET (child) &&
          tandem_card_widget_get_card (TANDEM_CARD_WIDGET (child)) == card)
        return gtk_widget_grab_focus (row);
    }
  return FALSE;
}

typedef struct
{
  TandemBoard  *self;
  TandemObject *card;
  guint         tries;
} FocusLater;

static gboolean
focus_later_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  FocusLater *data = user_data;

  if (_tandem_board_focus_card (data->self, data->card) || ++data->tries > 10)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

static void
focus_later_free (gpointer user_data)
{
  FocusLater *data = user_data;

  g_object_unref (data->card);
  g_free (data);
}

gboolean
_tandem_board_focus_card (TandemBoard  *self,
                          TandemObject *card)
{
  BoardCell *cell = _tandem_board_find_cell (self, card);

  return cell != NULL && focus_in_cell (cell, card);
}

/* Focuses @card now, or on one of the next frames once its row exists. */
static void
focus_card_soon (TandemBoard  *self,
                 TandemObject *card)
{
  FocusLater *data;

  if (_tandem_board_focus_card (self, card))
    return;
  data = g_new0 (FocusLater, 1);
  data->self = self;
  data->card = g_object_ref (card);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_later_tick, data, focus_later_free);
}

/**
 * tandem_board_reveal_card:
 * @card_id: the id of a card on the board
 *
 * Selects that card and moves the focus to it, scrolling it into view.
 *
 * Returns: whether the card is on the board.
 */
gboolean
tandem_board_reveal_card (TandemBoard *self,
                          const char  *card_id)
{
  TandemObject *card;

  g_return_val_if_fail (TANDEM_IS_BOARD (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  card = self->workspace != NULL ? tandem_workspace_lookup (self->workspace, card_id) : NULL;
  if (card == NULL || !TANDEM_IS_CARD (card))
    return FALSE;
  _tandem_board_select_only (self, card);
  focus_card_soon (self, card);
  return TRUE;
}

static gboolean
focus_cell_at (BoardCell *cell,
               guint      position)
{
  g_autoptr(TandemObject) card = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (cell->filtered));

  if (n == 0 || !gtk_widget_get_visible (cell->overlay))
    return FALSE;
  card = g_list_model_get_item (G_LIST_MODEL (cell->filtered), MIN (position, n - 1));
  focus_card_soon (cell->board, card);
  return TRUE;
}

static guint
focused_position (BoardCell *cell)
{
  TandemObject *card = focused_card (cell->board);

  return card != NULL ? index_in (G_LIST_MODEL (cell->filtered), card) : G_MAXUINT;
}

/* Arrow keys across cells; within a cell, the list view moves the focus. */
static gboolean
cell_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     BoardCell             *cell)
{
  TandemBoard *self = cell->board;
  guint n_columns = self->columns->len;
  guint n_lanes = self->lanes->len;
  guint position;
  guint n;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;

  position = focused_position (cell);
  if (position == G_MAXUINT)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (cell->filtered));

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      for (guint c = cell->column_index; c > 0; c--)
        if (focus_cell_at (_tandem_board_get_cell (self, c - 1, cell->lane_index), position))
          return TRUE;
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      for (guint c = cell->column_index + 1; c < n_columns; c++)
        if (focus_cell_at (_tandem_board_get_cell (self, c, cell->lane_index), position))
          return TRUE;
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (position > 0)
        return FALSE;
      for (guint l = cell->lane_index; l > 0; l--)
        if (focus_cell_at (_tandem_board_get_cell (self, cell->column_index, l - 1), G_MAXUINT))
          return TRUE;
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (position + 1 < n)
        return FALSE;
      for (guint l = cell->lane_index + 1; l < n_lanes; l++)
        if (focus_cell_at (_tandem_board_get_cell (self, cell->column_index, l), 0))
          return TRUE;
      return TRUE;

    default:
      return FALSE;
    }
}

/* Alt+arrows: moves the focused card one place, through the same action as a drop. */
static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  const char *direction = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  TandemObject *card = focused_card (self);
  BoardCell *cell;
  BoardCell *target = NULL;
  guint position;
  guint gap = 0;

  if (card == NULL || (cell = _tandem_board_find_cell (self, card)) == NULL)
    return;
  position = index_in (G_LIST_MODEL (cell->filtered), card);
  g_ptr_array_add (cards, card);

  if (g_str_equal (direction, "left") && cell->column_index > 0)
    {
      target = _tandem_board_get_cell (self, cell->column_index - 1, cell->lane_index);
      gap = position;
    }
  else if (g_str_equal (direction, "right") && cell->column_index + 1 < self->columns->len)
    {
      target = _tandem_board_get_cell (self, cell->column_index + 1, cell->lane_index);
      gap = position;
    }
  else if (g_str_equal (direction, "up") && position > 0)
    {
      target = cell;
      gap = position - 1;
    }
  else if (g_str_equal (direction, "down") &&
           position + 1 < g_list_model_get_n_items (G_LIST_MODEL (cell->filtered)))
    {
      target = cell;
      gap = position + 2;
    }
  else if (g_str_equal (direction, "lane-up") && cell->lane_index > 0)
    {
      target = _tandem_board_get_cell (self, cell->column_index, cell->lane_index - 1);
      gap = G_MAXUINT;
    }
  else if (g_str_equal (direction, "lane-down") && cell->lane_index + 1 < self->lanes->len)
    {
      target = _tandem_board_get_cell (self, cell->column_index, cell->lane_index + 1);
      gap = G_MAXUINT;
    }

  if (target == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  g_object_ref (card);
  _tandem_board_move (self, cards, target, gap);
  focus_card_soon (self, card);
  g_object_unref (card);
}

/* Move to… */

static GtkStringList *
titles_list (GPtrArray  *objects,
             const char *none)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < objects->len; i++)
    {
      TandemObject *object = g_ptr_array_index (objects, i);

      gtk_string_list_append (list, object != NULL ? tandem_object_get_string (object, "title") : none);
    }
  return list;
}

static BoardCell *
chosen_cell (TandemBoard *self)
{
  guint column = gtk_drop_down_get_selected (self->move_column_dropdown);
  guint lane = self->has_lanes ? gtk_drop_down_get_selected (self->move_lane_dropdown) : 0;

  return _tandem_board_get_cell (self, column, lane);
}

static void
move_destination_changed_cb (TandemBoard *self)
{
  BoardCell *cell;
  guint n;

  if (self->move_card == NULL || (cell = chosen_cell (self)) == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (cell->filtered));
  if (index_in (G_LIST_MODEL (cell->filtered), self->move_card) == G_MAXUINT)
    n++;
  gtk_spin_button_set_range (self->move_position_spin, 1, MAX (n, 1));
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemCardWidget *card_widget = focused_card_widget (self);
  g_autoptr(GtkStringList) columns = NULL;
  g_autoptr(GtkStringList) lanes = NULL;
  g_autofree char *title = NULL;
  graphene_rect_t bounds;
  BoardCell *cell;

  if (card_widget == NULL)
    {
      g_autoptr(GPtrArray) selected = _tandem_board_dup_selection (self);

      if (selected->len == 0)
        {
          gtk_widget_error_bell (widget);
          return;
        }
      g_set_object (&self->move_card, g_ptr_array_index (selected, 0));
    }
  else
    g_set_object (&self->move_card, tandem_card_widget_get_card (card_widget));

  cell = _tandem_board_find_cell (self, self->move_card);
  if (cell == NULL)
    return;

  /* Translators: the heading of the Move to… popover; %s is a card title. */
  title = g_strdup_printf (_("Move “%s”"), tandem_object_get_string (self->move_card, "title"));
  gtk_label_set_label (self->move_title_label, title);
  columns = titles_list (self->columns, NULL);
  lanes = titles_list (self->lanes, _("No lane"));
  gtk_drop_down_set_model (self->move_column_dropdown, G_LIST_MODEL (columns));
  gtk_drop_down_set_model (self->move_lane_dropdown, G_LIST_MODEL (lanes));
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_lane_dropdown), self->has_lanes);
  gtk_drop_down_set_selected (self->move_column_dropdown, cell->column_index);
  gtk_drop_down_set_selected (self->move_lane_dropdown, cell->lane_index);
  move_destination_changed_cb (self);
  gtk_spin_button_set_value (self->move_position_spin,
                             index_in (G_LIST_MODEL (cell->filtered), self->move_card) + 1);

  if (card_widget != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (card_widget), widget, &bounds))
    gtk_popover_set_pointing_to (self->move_popover,
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_popup (self->move_popover);
}

/* The Move button: the chosen position counts the cards that stay, so it is
 * turned into the gap the core wants. */
static void
move_to_chosen_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(TandemObject) card = NULL;
  BoardCell *cell = chosen_cell (self);
  guint final;
  guint current;

  if (self->move_card == NULL || cell == NULL)
    return;
  card = g_object_ref (self->move_card);
  final = gtk_spin_button_get_value_as_int (self->move_position_spin) - 1;
  current = index_in (G_LIST_MODEL (cell->filtered), card);
  g_ptr_array_add (cards, card);
  gtk_popover_popdown (self->move_popover);
  _tandem_board_move (self, cards, cell, current != G_MAXUINT && current < final ? final + 1 : final);
  focus_card_soon (self, card);
}

/* Filter */

static gboolean
contains_casefolded (const char *haystack,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
person_in_team (TandemBoard *self,
                const char  *id,
                int          team)
{
  TandemObject *person = tandem_workspace_lookup (self->workspace, id);

  return person != NULL && tandem_object_get_int (person, "team") == team;
}

static gboolean
card_matches (gpointer item,
              gpointer user_data)
{
  TandemBoard *self = user_data;
  TandemObject *card = item;
  const char * const *tags = tandem_object_get_list (card, "tags");

  if (self->status >= 0 && tandem_object_get_int (card, "status") != self->status)
    return FALSE;
  if (self->team >= 0 &&
      !person_in_team (self, tandem_object_get_string (card, "pm"), self->team) &&
      !person_in_team (self, tandem_object_get_string (card, "pmm"), self->team))
    return FALSE;
  if (self->tag != NULL && !g_strv_contains (tags, self->tag))
    return FALSE;
  if (self->search != NULL)
    {
      gboolean found = contains_casefolded (tandem_object_get_string (card, "title"), self->search) ||
                       contains_casefolded (tandem_object_get_string (card, "description"), self->search);

      for (guint i = 0; !found && tags[i] != NULL; i++)
        found = contains_casefolded (tags[i], self->search);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_filtering (TandemBoard *self)
{
  return self->search != NULL || self->team >= 0 || self->status >= 0 || self->tag != NULL;
}

static void
filter_changed_cb (TandemBoard *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  self->team = (int) gtk_drop_down_get_selected (self->team_dropdown) - 1;
  self->status = (int) gtk_drop_down_get_selected (self->status_dropdown) - 1;
  g_clear_pointer (&self->tag, g_free);
  if (tag != GTK_INVALID_LIST_POSITION && tag > 0)
    self->tag = g_strdup (gtk_string_list_get_string (self->tag_list, tag));

  /* No criteria: a NULL function lets the filter models pass everything through. */
  if (is_filtering (self))
    gtk_custom_filter_set_filter_func (self->filter, card_matches, self, NULL);
  else
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  update_count (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->team_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  filter_changed_cb (self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
update_tags (TandemBoard *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (self->workspace));
  g_autofree char *current = g_strdup (self->tag);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->tag_list));
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (cards, i);
      const char * const *list = tandem_object_get_list (card, "tags");

      /* The strings stay alive: the workspace holds the cards. */
      for (guint j = 0; list[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) list[j]))
          g_ptr_array_add (tags, (gpointer) list[j]);
    }
  g_ptr_array_sort (tags, compare_strings);
  g_ptr_array_add (tags, NULL);

  g_signal_handlers_block_by_func (self->tag_dropdown, filter_changed_cb, self);
  gtk_string_list_splice (self->tag_list, 1, n_old - 1, (const char * const *) tags->pdata);
  for (guint i = 0; current != NULL && tags->pdata[i] != NULL; i++)
    if (g_str_equal (tags->pdata[i], current))
      selected = i + 1;
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->tag_dropdown, filter_changed_cb, self);
}

static guint
count_shown (TandemBoard *self,
             int          column_index,
             int          lane_index)
{
  guint n = 0;

  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      BoardCell *cell = g_ptr_array_index (self->cells, i);

      if ((column_index < 0 || cell->column_index == (guint) column_index) &&
          (lane_index < 0 || cell->lane_index == (guint) lane_index))
        n += g_list_model_get_n_items (G_LIST_MODEL (cell->filtered));
    }
  return n;
}

static void
update_count (TandemBoard *self)
{
  guint total;
  guint shown;

  if (self->workspace == NULL)
    return;

  total = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (self->workspace)));
  shown = count_shown (self, -1, -1);
  g_free (self->count_text);
  if (is_filtering (self))
    /* Translators: the filter count, "12 of 48 cards". */
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u card",
                                                     "%u of %u cards", total),
                                        shown, total);
  else
    self->count_text = g_strdup (self->summary != NULL ? self->summary : "");
  gtk_label_set_label (self->count_label, self->count_text);

  for (guint i = 0; self->column_counts != NULL && i < self->column_counts->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", count_shown (self, i, -1));

      gtk_label_set_label (g_ptr_array_index (self->column_counts, i), text);
    }
  for (guint i = 0; self->lane_counts != NULL && i < self->lane_counts->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", count_shown (self, -1, i));

      if (g_ptr_array_index (self->lane_counts, i) != NULL)
        gtk_label_set_label (g_ptr_array_index (self->lane_counts, i), text);
    }
}

/* Cells */

/* GTK 4.8's grid view tears down the rows of the cards that a change
 * shifts and makes new ones for them, about a dozen for a drop.  A card
 * widget is costly to make and to fill (a template, then every label shaped
 * again), so the widgets outlive the rows: a row torn down leaves its widget
 * among the spares, still showing its card, and the next row bound to that
 * card takes it back as it is.  Rows get their widget when first bound. */
#define MAX_SPARE_CARDS 64

/* Takes over the reference to @widget the caller had: keeps it among the
 * spares, or lets it go when there are enough. */
static void
keep_spare (TandemBoard      *self,
            TandemCardWidget *widget)
{
  TandemObject *card = tandem_card_widget_get_card (widget);

  g_object_set_data (G_OBJECT (widget), "list-item", NULL);
  if (self->spare_cards != NULL && card != NULL &&
      g_hash_table_size (self->spare_cards) < MAX_SPARE_CARDS &&
      !g_hash_table_contains (self->spare_cards, card))
    g_hash_table_insert (self->spare_cards, card, widget);
  else
    g_object_unref (widget);
}

/* Returns: (transfer full): the spare showing @card, else any spare, else a
 * new card widget. */
static TandemCardWidget *
take_spare (TandemBoard  *self,
            TandemObject *card)
{
  TandemCardWidget *widget = NULL;

  if (!g_hash_table_steal_extended (self->spare_cards, card, NULL, (gpointer *) &widget))
    {
      GHashTableIter iter;

      g_hash_table_iter_init (&iter, self->spare_cards);
      if (g_hash_table_iter_next (&iter, NULL, (gpointer *) &widget))
        g_hash_table_iter_steal (&iter);
    }
  if (widget == NULL)
    {
      widget = g_object_ref_sink (TANDEM_CARD_WIDGET (tandem_card_widget_new ()));
      _tandem_board_setup_card_dnd (self, GTK_WIDGET (widget));
    }
  return widget;
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BoardCell                *cell)
{
  TandemBoard *self = cell->board;
  TandemCardWidget *widget = TANDEM_CARD_WIDGET (gtk_list_item_get_child (item));
  TandemObject *card = gtk_list_item_get_item (item);

  if (widget == NULL ||
      (tandem_card_widget_get_card (widget) != card &&
       g_hash_table_contains (self->spare_cards, card)))
    {
      TandemCardWidget *spare = take_spare (self, card);

      if (widget != NULL)
        keep_spare (self, g_object_ref (widget));
      gtk_list_item_set_child (item, GTK_WIDGET (spare));
      /* The row's own reference, which teardown_card_cb() takes back. */
      g_object_set_data_full (G_OBJECT (item), "card-widget", spare, g_object_unref);
      widget = spare;
    }
  /* The drop targets read positions from the rows they find. */
  g_object_set_data (G_OBJECT (widget), "list-item", item);

  tandem_card_widget_bind (widget, self->model, card);
  tandem_card_widget_set_change (widget, _tandem_board_lookup_change (self, card));
  tandem_card_widget_set_selected (widget, g_hash_table_contains (self->selection, card));
  g_hash_table_insert (self->bound, card, widget);
}

/* GTK 4.8 also unbinds and binds again every row after a change in the
 * list, most of them to the card they already show.  So a row that is
 * unbound keeps following its card, and a bind to that same card costs
 * nothing; a bind to another card rebinds the widget. */
static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                BoardCell                *cell)
{
  TandemBoard *self = cell->board;
  TandemCardWidget *widget = TANDEM_CARD_WIDGET (gtk_list_item_get_child (item));
  TandemObject *card = widget != NULL ? tandem_card_widget_get_card (widget) : NULL;

  if (card != NULL && g_hash_table_lookup (self->bound, card) == widget)
    g_hash_table_remove (self->bound, card);
}

static void
teardown_card_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BoardCell                *cell)
{
  TandemCardWidget *widget = g_object_steal_data (G_OBJECT (item), "card-widget");

  if (widget != NULL)
    keep_spare (cell->board, widget);
}

static void
activate_card_cb (GtkGridView *list_view,
                  guint        position,
                  BoardCell   *cell)
{
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (cell->filtered), position);

  if (card != NULL)
    gtk_widget_activate_action (GTK_WIDGET (cell->board), "board.edit-card", "s",
                                tandem_object_get_id (card));
}

/* A list view cannot tell its natural height before its rows exist, so the
 * cells of a lane get the height their fullest cell needs, estimated from a
 * typical card and capped so that a long lane scrolls within itself. */
#define CARD_HEIGHT_ESTIMATE 118
#define CELL_MIN_HEIGHT 88
#define CELL_MAX_HEIGHT 480

static void
update_lane_height (TandemBoard *self,
                    guint        lane_index)
{
  guint most = 0;
  int height;

  if (!self->has_lanes)
    return;
  for (guint c = 0; c < self->columns->len; c++)
    {
      BoardCell *cell = _tandem_board_get_cell (self, c, lane_index);

      if (cell != NULL)
        most = MAX (most, g_list_model_get_n_items (G_LIST_MODEL (cell->filtered)));
    }
  height = CLAMP ((int) most * CARD_HEIGHT_ESTIMATE + 8, CELL_MIN_HEIGHT, CELL_MAX_HEIGHT);
  for (guint c = 0; c < self->columns->len; c++)
    {
      BoardCell *cell = _tandem_board_get_cell (self, c, lane_index);

      if (cell != NULL)
        gtk_widget_set_size_request (cell->scroller, -1, height);
    }
}

static void
cell_items_changed_cb (BoardCell *cell)
{
  gtk_widget_set_visible (cell->placeholder,
                          g_list_model_get_n_items (G_LIST_MODEL (cell->filtered)) == 0);
  update_lane_height (cell->board, cell->lane_index);
  update_count (cell->board);
}

static char *
cell_name (BoardCell *cell)
{
  const char *column = tandem_object_get_string (cell->column, "title");

  if (cell->lane == NULL)
    return g_strdup (column);
  /* Translators: the accessible name of a cell of the board, "Now, Mobile". */
  return g_strdup_printf (_("%s, %s"), column, tandem_object_get_string (cell->lane, "title"));
}

static BoardCell *
create_cell (TandemBoard  *self,
             TandemObject *column,
             TandemObject *lane,
             guint         column_index,
             guint         lane_index)
{
  BoardCell *cell = g_new0 (BoardCell, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;
  g_autofree char *name = NULL;

  cell->board = self;
  cell->column = g_object_ref (column);
  cell->lane = lane != NULL ? g_object_ref (lane) : NULL;
  cell->column_index = column_index;
  cell->lane_index = lane_index;
  cell->cards = tandem_board_model_get_cell (self->model, column, lane);
  cell->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (cell->cards)),
                                              g_object_ref (GTK_FILTER (self->filter)));

  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), cell);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), cell);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_card_cb), cell);

  /* A one-column GtkGridView rather than a GtkListView: in GTK 4.8 a list
   * view keeps about 200 rows alive whatever it shows, a grid view 30 rows
   * per column, which is what makes a 5,000-card board cheap. */
  cell->list_view = gtk_grid_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (cell->filtered)))),
                                       factory);
  gtk_grid_view_set_min_columns (GTK_GRID_VIEW (cell->list_view), 1);
  gtk_grid_view_set_max_columns (GTK_GRID_VIEW (cell->list_view), 1);
  gtk_widget_add_css_class (cell->list_view, "board-list");
  g_signal_connect (cell->list_view, "activate", G_CALLBACK (activate_card_cb), cell);
  name = cell_name (cell);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (cell_key_pressed_cb), cell);
  gtk_widget_add_controller (cell->list_view, keys);

  cell->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (cell->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (cell->scroller), cell->list_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (cell->scroller), 88);

  cell->placeholder = gtk_label_new (_("No cards"));
  gtk_widget_add_css_class (cell->placeholder, "dim-label");
  gtk_widget_set_can_target (cell->placeholder, FALSE);
  gtk_widget_set_valign (cell->placeholder, GTK_ALIGN_CENTER);

  cell->indicator = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (cell->indicator, "drop-indicator");
  gtk_widget_set_valign (cell->indicator, GTK_ALIGN_START);
  gtk_widget_set_can_target (cell->indicator, FALSE);
  gtk_widget_set_visible (cell->indicator, FALSE);

  cell->overlay = gtk_overlay_new ();
  gtk_widget_add_css_class (cell->overlay, "board-cell");
  gtk_widget_set_size_request (cell->overlay, 300, -1);
  gtk_widget_set_vexpand (cell->overlay, !self->has_lanes);
  gtk_overlay_set_child (GTK_OVERLAY (cell->overlay), cell->scroller);
  gtk_overlay_add_overlay (GTK_OVERLAY (cell->overlay), cell->placeholder);
  gtk_overlay_add_overlay (GTK_OVERLAY (cell->overlay), cell->indicator);

  g_signal_connect_swapped (cell->filtered, "items-changed", G_CALLBACK (cell_items_changed_cb), cell);
  gtk_widget_set_visible (cell->placeholder,
                          g_list_model_get_n_items (G_LIST_MODEL (cell->filtered)) == 0);
  _tandem_board_setup_cell_dnd (self, cell);
  return cell;
}

static GMenuModel *
object_menu (TandemObject *object,
             gboolean      is_column)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  const char *id = tandem_object_get_id (object);
  g_autofree char *rename = g_strdup_printf ("board.rename-%s::%s", is_column ? "column" : "lane", id);
  g_autofree char *remove = g_strdup_printf ("board.remove-%s::%s", is_column ? "column" : "lane", id);
  g_autofree char *sort = g_strdup_printf ("board.sort-column::%s", id);
  GMenuItem *item;

  if (is_column)
    g_menu_append (section, _("_Sort by Score"), sort);
  g_menu_append (section, _("_Rename…"), rename);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  item = g_menu_item_new (is_column ? _("Move _Left") : _("Move _Up"), NULL);
  g_menu_item_set_action_and_target (item, is_column ? "board.shift-column" : "board.shift-lane",
                                     "(si)", id, -1);
  g_menu_append_item (section, item);
  g_object_unref (item);
  item = g_menu_item_new (is_column ? _("Move _Right") : _("Move _Down"), NULL);
  g_menu_item_set_action_and_target (item, is_column ? "board.shift-column" : "board.shift-lane",
                                     "(si)", id, 1);
  g_menu_append_item (section, item);
  g_object_unref (item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  section = g_menu_new ();
  g_menu_append (section, is_column ? _("Remove _Column…") : _("Remove _Lane…"), remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
menu_button (TandemObject *object,
             gboolean      is_column)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = object_menu (object, is_column);
  g_autofree char *label = NULL;

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name of a column's or lane's menu button. */
  label = g_strdup_printf (is_column ? _("Column “%s” Menu") : _("Lane “%s” Menu"),
                           tandem_object_get_string (object, "title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (button, label);
  return button;
}

static GtkWidget *
column_header (TandemBoard  *self,
               TandemObject *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (tandem_object_get_string (column, "title"));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "column-header");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "count-badge");
  gtk_widget_set_hexpand (count, TRUE);
  gtk_widget_set_halign (count, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  /* Every item of a column's or lane's menu edits: a read-only board has none. */
  if (!self->read_only)
    gtk_box_append (GTK_BOX (box), menu_button (column, TRUE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tandem_object_get_string (column, "title"), -1);
  g_ptr_array_add (self->column_counts, count);
  _tandem_board_setup_header_dnd (self, box, column);
  return box;
}

static GtkWidget *
lane_header (TandemBoard  *self,
             TandemObject *lane,
             guint         n_columns)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *title = lane != NULL ? tandem_object_get_string (lane, "title") : _("No lane");
  GtkWidget *toggle = gtk_button_new ();
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *count = gtk_label_new (NULL);
  gboolean collapsed = lane != NULL &&
                       g_hash_table_contains (self->collapsed, tandem_object_get_id (lane));
  g_autofree char *toggle_label = NULL;

  gtk_widget_add_css_class (box, "lane-header");
  gtk_widget_add_css_class (toggle, "flat");
  gtk_button_set_icon_name (GTK_BUTTON (toggle), collapsed ? "pan-end-symbolic" : "pan-down-symbolic");
  /* Translators: the accessible name of the button that shows or hides a lane. */
  toggle_label = g_strdup_printf (_("Show Lane “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  toggle_label, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_EXPANDED, !collapsed, -1);
  if (lane != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (toggle), "s", tandem_object_get_id (lane));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), lane != NULL ? "board.toggle-lane" : NULL);
  gtk_widget_set_sensitive (toggle, lane != NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "count-badge");
  gtk_box_append (GTK_BOX (box), toggle);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count);
  if (lane != NULL)
    {
      if (!self->read_only)
        gtk_box_append (GTK_BOX (box), menu_button (lane, FALSE));
      _tandem_board_setup_header_dnd (self, box, lane);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_ptr_array_add (self->lane_counts, count);
  return box;
}

static void
quick_add_activate_cb (GtkEntry    *entry,
                       TandemBoard *self)
{
  TandemObject *column = g_object_get_data (G_OBJECT (entry), "column");
  TandemObject *lane = self->lanes->len > 0 ? g_ptr_array_index (self->lanes, 0) : NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (trimmed[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (entry));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "board.add-card", "(sss)",
                              tandem_object_get_id (column),
                              lane != NULL ? tandem_object_get_id (lane) : "", text);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static GtkWidget *
quick_add_entry (TandemBoard  *self,
                 TandemObject *column)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *label = NULL;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Add a card…"));
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_PRIMARY, "list-add-symbolic");
  gtk_widget_add_css_class (entry, "quick-add");
  g_object_set_data_full (G_OBJECT (entry), "column", g_object_ref (column), g_object_unref);
  /* Translators: the accessible name of the quick-add entry of a column. */
  label = g_strdup_printf (_("Add a Card to “%s”"), tandem_object_get_string (column, "title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (quick_add_activate_cb), self);
  return entry;
}

static gboolean
has_cards_without_lane (TandemBoard *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    if (g_list_model_get_n_items (G_LIST_MODEL (tandem_board_model_get_cell (self->model,
                                                                             g_ptr_array_index (self->columns, i),
                                                                             NULL))) > 0)
      return TRUE;
  return FALSE;
}

static void
rebuild (TandemBoard *self)
{
  GtkWidget *child;
  int row = 0;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->column_counts, g_ptr_array_unref);
  g_clear_pointer (&self->lane_counts, g_ptr_array_unref);
  self->drop_cell = NULL;

  if (self->workspace == NULL)
    return;

  self->cells = g_ptr_array_new_with_free_func (board_cell_free);
  self->column_counts = g_ptr_array_new ();
  self->lane_counts = g_ptr_array_new ();
  self->columns = tandem_board_list_ranked (tandem_workspace_get_columns (self->workspace));
  self->lanes = tandem_board_list_ranked (tandem_workspace_get_lanes (self->workspace));
  g_ptr_array_set_free_func (self->lanes, unref_nullable);
  self->has_lanes = self->lanes->len > 0;
  /* Without lanes, one row of cells; with lanes, a "No lane" row appears
   * only while some card has no lane, so that no card is ever hidden. */
  if (!self->has_lanes || has_cards_without_lane (self))
    g_ptr_array_add (self->lanes, NULL);

  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC,
                                  self->has_lanes ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  gtk_widget_set_valign (GTK_WIDGET (self->grid), self->has_lanes ? GTK_ALIGN_START : GTK_ALIGN_FILL);

  for (guint c = 0; c < self->columns->len; c++)
    gtk_grid_attach (self->grid, column_header (self, g_ptr_array_index (self->columns, c)),
                     c, row, 1, 1);
  row++;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      TandemObject *lane = g_ptr_array_index (self->lanes, l);
      gboolean collapsed = lane != NULL &&
                           g_hash_table_contains (self->collapsed, tandem_object_get_id (lane));

      if (self->has_lanes)
        gtk_grid_attach (self->grid, lane_header (self, lane, self->columns->len), 0, row++,
                         MAX (self->columns->len, 1), 1);
      else
        g_ptr_array_add (self->lane_counts, NULL);

      for (guint c = 0; c < self->columns->len; c++)
        {
          BoardCell *cell = create_cell (self, g_ptr_array_index (self->columns, c), lane, c, l);

          g_ptr_array_add (self->cells, cell);
          gtk_widget_set_visible (cell->overlay, !collapsed);
          gtk_grid_attach (self->grid, cell->overlay, c, row, 1, 1);
        }
      update_lane_height (self, l);
      row++;
    }

  for (guint c = 0; c < self->columns->len && !self->read_only; c++)
    gtk_grid_attach (self->grid, quick_add_entry (self, g_ptr_array_index (self->columns, c)),
                     c, row, 1, 1);

  update_count (self);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  TandemBoard *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Columns and lanes change in bursts (a preset renames, adds and removes in
 * one step, and a drop may come from a header that a rebuild would destroy):
 * the grid is rebuilt once, when the main loop is next idle. */
static void
queue_rebuild (TandemBoard *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle_cb, self, NULL);
}

static void
evidence_changed_cb (TandemBoard  *self,
                     TandemObject *card)
{
  TandemCardWidget *widget = g_hash_table_lookup (self->bound, card);

  if (widget != NULL)
    tandem_card_widget_update (widget);
  /* A spare shows the count it had when its row was torn down. */
  g_hash_table_remove (self->spare_cards, card);
}

static void
workspace_changed_cb (TandemBoard  *self,
                      TandemObject *object,
                      const char   *field)
{
  if (TANDEM_IS_COLUMN (object) || TANDEM_IS_LANE (object))
    {
      if (field == NULL || g_str_equal (field, "title") || g_str_equal (field, "rank"))
        queue_rebuild (self);
      return;
    }
  if (!TANDEM_IS_CARD (object))
    return;

  if (field == NULL && tandem_object_get_parent (object) == NULL)
    {
      g_hash_table_remove (self->selection, object);
      if (tandem_card_editor_get_card (self->editor) == object)
        adw_flap_set_reveal_flap (self->flap, FALSE);
    }
  if (field == NULL || g_str_equal (field, "tags"))
    update_tags (self);
  /* A card without a lane needs the No lane row; one that leaves it may empty it. */
  if (self->has_lanes && (field == NULL || g_str_equal (field, "lane")))
    {
      gboolean shown = self->lanes->len > 0 &&
                       g_ptr_array_index (self->lanes, self->lanes->len - 1) == NULL;

      if (shown != has_cards_without_lane (self))
        queue_rebuild (self);
    }
  /* The filter reads fields the cell models do not follow. */
  if (field != NULL && is_filtering (self) && !g_str_equal (field, "rank"))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Actions */

static void
edit_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemObject *card = tandem_workspace_lookup (self->workspace,
                                                g_variant_get_string (parameter, NULL));

  if (card == NULL || !TANDEM_IS_CARD (card))
    return;
  tandem_card_editor_set_card (self->editor, self->model, card);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemObject *card = tandem_card_editor_get_card (self->editor);

  adw_flap_set_reveal_flap (self->flap, FALSE);
  if (card != NULL)
    focus_card_soon (self, card);
}

static void
edit_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TandemObject *card = focused_card (TANDEM_BOARD (widget));

  if (card != NULL)
    gtk_widget_activate_action (widget, "board.edit-card", "s", tandem_object_get_id (card));
}

static void
add_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GError) error = NULL;
  const char *column_id;
  const char *lane_id;
  const char *title;
  TandemObject *column;
  TandemObject *lane = NULL;

  g_variant_get (parameter, "(&s&s&s)", &column_id, &lane_id, &title);
  column = tandem_workspace_lookup (self->workspace, column_id);
  if (lane_id[0] != '\0')
    lane = tandem_workspace_lookup (self->workspace, lane_id);
  if (column == NULL || !TANDEM_IS_COLUMN (column))
    return;
  if (tandem_board_add_card (self->workspace, column, lane, title, &error) == NULL)
    show_error (self, _("Could Not Add Card"), error);
}

static void
sort_column_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemObject *column = tandem_workspace_lookup (self->workspace,
                                                  g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (column != NULL && !tandem_board_sort_by_score (self->workspace, column, &error))
    show_error (self, _("Could Not Sort Column"), error);
}

static void
shift_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GPtrArray) siblings = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;
  TandemObject *object;
  guint position;
  int delta;

  g_variant_get (parameter, "(&si)", &id, &delta);
  object = tandem_workspace_lookup (self->workspace, id);
  if (object == NULL)
    return;
  siblings = tandem_board_list_ranked (TANDEM_IS_COLUMN (object)
                                         ? tandem_workspace_get_columns (self->workspace)
                                         : tandem_workspace_get_lanes (self->workspace));
  if (!g_ptr_array_find (siblings, object, &position) ||
      (delta < 0 && position == 0) || (delta > 0 && position + 1 >= siblings->len))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  /* The core counts the gap before the move: one further for a move right. */
  if (!tandem_board_move_ranked (self->workspace, object, delta < 0 ? position - 1 : position + 2,
                                 &error))
    show_error (self, _("Could Not Move"), error);
}

static void
move_ranked_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GError) error = NULL;
  const char *id;
  TandemObject *object;
  guint position;

  g_variant_get (parameter, "(&su)", &id, &position);
  object = tandem_workspace_lookup (self->workspace, id);
  if (object != NULL && (TANDEM_IS_COLUMN (object) || TANDEM_IS_LANE (object)) &&
      !tandem_board_move_ranked (self->workspace, object, position, &error))
    show_error (self, _("Could Not Move"), error);
}

static void
toggle_lane_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (!g_hash_table_remove (self->collapsed, id))
    g_hash_table_add (self->collapsed, g_strdup (id));
  queue_rebuild (self);
}

static void
preset_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  g_autoptr(GError) error = NULL;
  TandemBoardPreset preset = g_str_equal (g_variant_get_string (parameter, NULL), "quarters")
                               ? TANDEM_BOARD_PRESET_QUARTERS
                               : TANDEM_BOARD_PRESET_NOW_NEXT_LATER;

  if (!tandem_board_apply_preset (self->workspace, preset, NULL, &error))
    show_error (self, _("Could Not Change the Columns"), error);
}

/* Dialogs that ask for a title or for where cards go. */

typedef struct
{
  TandemBoard  *self;
  TandemObject *object;   /* nullable: NULL to add */
  GType         type;
  GtkWidget    *entry;
  GtkWidget    *dropdown;
  GPtrArray    *choices;  /* destinations, for a removal */
} DialogData;

static void
dialog_data_free (DialogData *data)
{
  g_clear_object (&data->object);
  g_clear_pointer (&data->choices, g_ptr_array_unref);
  g_free (data);
}

static void
dialog_data_closure_free (gpointer  user_data,
                          GClosure *closure)
{
  dialog_data_free (user_data);
}

static void
title_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DialogData       *data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->entry));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "ok"))
    return;
  if (data->object != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      if (trimmed[0] != '\0')
        tandem_workspace_set (data->self->workspace, data->object, "title", trimmed, NULL);
    }
  else if ((data->type == TANDEM_TYPE_COLUMN
              ? tandem_board_add_column (data->self->workspace, text, &error)
              : tandem_board_add_lane (data->self->workspace, text, &error)) == NULL)
    show_error (data->self, _("Could Not Add"), error);
}

static void
ask_title (TandemBoard  *self,
           GType         type,
           TandemObject *object)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean is_column = type == TANDEM_TYPE_COLUMN;
  const char *heading;
  GtkWidget *dialog;
  DialogData *data = g_new0 (DialogData, 1);

  if (object != NULL)
    heading = is_column ? _("Rename Column") : _("Rename Lane");
  else
    heading = is_column ? _("Add Column") : _("Add Lane");
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  data->self = self;
  data->type = type;
  data->object = object != NULL ? g_object_ref (object) : NULL;
  data->entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (data->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title"), -1);
  if (object != NULL)
    gtk_editable_set_text (GTK_EDITABLE (data->entry), tandem_object_get_string (object, "title"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), data->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "ok", object != NULL ? _("_Rename") : _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (title_response_cb), data,
                         dialog_data_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_column_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ask_title (TANDEM_BOARD (widget), TANDEM_TYPE_COLUMN, NULL);
}

static void
add_lane_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ask_title (TANDEM_BOARD (widget), TANDEM_TYPE_LANE, NULL);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemObject *object = tandem_workspace_lookup (self->workspace,
                                                  g_variant_get_string (parameter, NULL));

  if (object != NULL)
    ask_title (self, G_OBJECT_TYPE (object), object);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DialogData       *data)
{
  g_autoptr(GError) error = NULL;
  TandemObject *destination = NULL;
  gboolean ok;

  if (!g_str_equal (response, "remove"))
    return;
  if (data->dropdown != NULL)
    destination = g_ptr_array_index (data->choices,
                                     gtk_drop_down_get_selected (GTK_DROP_DOWN (data->dropdown)));
  if (TANDEM_IS_COLUMN (data->object))
    ok = tandem_board_remove_column (data->self->workspace, data->object, destination, &error);
  else
    ok = tandem_board_remove_lane (data->self->workspace, data->object, destination, &error);
  if (!ok)
    show_error (data->self, _("Could Not Remove"), error);
}

static guint
count_cards_in (TandemBoard  *self,
                TandemObject *object)
{
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (self->workspace));
  const char *field = TANDEM_IS_COLUMN (object) ? "column" : "lane";
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (cards, i);

      if (g_strcmp0 (tandem_object_get_string (card, field), tandem_object_get_id (object)) == 0)
        n++;
    }
  return n;
}

/* Removing a column or lane that holds cards asks where they go. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemBoard *self = TANDEM_BOARD (widget);
  TandemObject *object = tandem_workspace_lookup (self->workspace,
                                                  g_variant_get_string (parameter, NULL));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  gboolean is_column;
  DialogData *data;
  GtkWidget *dialog;
  guint n_cards;

  if (object == NULL || !(TANDEM_IS_COLUMN (object) || TANDEM_IS_LANE (object)))
    return;
  is_column = TANDEM_IS_COLUMN (object);
  n_cards = count_cards_in (self, object);

  data = g_new0 (DialogData, 1);
  data->self = self;
  data->object = g_object_ref (object);
  /* Translators: %s is the title of a column or lane. */
  heading = g_strdup_printf (is_column ? _("Remove Column “%s”?") : _("Remove Lane “%s”?"),
                             tandem_object_get_string (object, "title"));
  if (n_cards > 0)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      GPtrArray *all = tandem_board_list_ranked (is_column ? tandem_workspace_get_columns (self->workspace)
                                                           : tandem_workspace_get_lanes (self->workspace));

      data->choices = g_ptr_array_new_with_free_func (unref_nullable);
      for (guint i = 0; i < all->len; i++)
        if (g_ptr_array_index (all, i) != object)
          {
            g_ptr_array_add (data->choices, g_object_ref (g_ptr_array_index (all, i)));
            gtk_string_list_append (names, tandem_object_get_string (g_ptr_array_index (all, i), "title"));
          }
      g_ptr_array_unref (all);
      if (!is_column)
        {
          g_ptr_array_add (data->choices, NULL);
          gtk_string_list_append (names, _("No lane"));
        }
      if (data->choices->len == 0)
        {
          dialog_data_free (data);
          gtk_widget_error_bell (widget);
          return;
        }
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Its card moves to:",
                                           "Its %u cards move to:", n_cards), n_cards);
      data->dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (data->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      is_column ? _("Destination column") : _("Destination lane"), -1);
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  if (data->dropdown != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), data->dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), data,
                         dialog_data_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (TANDEM_BOARD (widget)->search_entry));
}

/* Pressing without Ctrl or Shift starts a new selection, except on a card
 * already selected: that may start a drag of the whole selection, so the
 * decision waits for the release. */
static void
press_cb (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          TandemBoard     *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  TandemObject *card = NULL;

  self->press_deferred = FALSE;
  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (TANDEM_IS_CARD_WIDGET (w))
      {
        card = tandem_card_widget_get_card (TANDEM_CARD_WIDGET (w));
        break;
      }
  if (card == NULL)
    return;

  if (state & GDK_CONTROL_MASK)
    _tandem_board_toggle_selected (self, card);
  else if (state & GDK_SHIFT_MASK)
    _tandem_board_extend_selection (self, card);
  else if (_tandem_board_is_selected (self, card) && g_hash_table_size (self->selection) > 1)
    self->press_deferred = TRUE;
  else
    _tandem_board_select_only (self, card);
}

static void
release_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            TandemBoard     *self)
{
  GtkWidget *picked;

  if (!self->press_deferred)
    return;
  self->press_deferred = FALSE;
  picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (TANDEM_IS_CARD_WIDGET (w))
      {
        _tandem_board_select_only (self, tandem_card_widget_get_card (TANDEM_CARD_WIDGET (w)));
        return;
      }
}

static void
tandem_board_dispose (GObject *object)
{
  TandemBoard *self = TANDEM_BOARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  _tandem_board_stop_escape_watch (self);
  if (self->autoscroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_tick);
  self->autoscroll_tick = 0;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->move_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->move_popover));
  self->move_popover = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_BOARD);
  /* Children of the template without an id are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->column_counts, g_ptr_array_unref);
  g_clear_pointer (&self->lane_counts, g_ptr_array_unref);
  g_clear_pointer (&self->dragged, g_ptr_array_unref);
  g_clear_pointer (&self->selection, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->spare_cards, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->change_index, g_hash_table_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_object (&self->move_card);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (tandem_board_parent_class)->dispose (object);
}

static void
tandem_board_finalize (GObject *object)
{
  TandemBoard *self = TANDEM_BOARD (object);

  g_free (self->summary);
  g_free (self->count_text);
  g_free (self->search);
  g_free (self->tag);

  G_OBJECT_CLASS (tandem_board_parent_class)->finalize (object);
}

static void
tandem_board_class_init (TandemBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_board_dispose;
  object_class->finalize = tandem_board_finalize;

  g_type_ensure (TANDEM_TYPE_CARD_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-board.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, tag_list);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, count_label);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, flap);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, grid);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, editor);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, move_popover);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, move_column_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, move_lane_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, move_position_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemBoard, move_title_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_destination_changed_cb);

  gtk_widget_class_install_action (widget_class, "board.move-cards", "(asssu)", move_cards_action);
  gtk_widget_class_install_action (widget_class, "board.move-focused", "s", move_focused_action);
  gtk_widget_class_install_action (widget_class, "board.move-to", NULL, move_to_action);
  gtk_widget_class_install_action (widget_class, "board.move-to-chosen", NULL, move_to_chosen_action);
  gtk_widget_class_install_action (widget_class, "board.edit-card", "s", edit_card_action);
  gtk_widget_class_install_action (widget_class, "board.edit-focused", NULL, edit_focused_action);
  gtk_widget_class_install_action (widget_class, "board.close-editor", NULL, close_editor_action);
  gtk_widget_class_install_action (widget_class, "board.add-card", "(sss)", add_card_action);
  gtk_widget_class_install_action (widget_class, "board.sort-column", "s", sort_column_action);
  gtk_widget_class_install_action (widget_class, "board.shift-column", "(si)", shift_action);
  gtk_widget_class_install_action (widget_class, "board.shift-lane", "(si)", shift_action);
  gtk_widget_class_install_action (widget_class, "board.move-column", "(su)", move_ranked_action);
  gtk_widget_class_install_action (widget_class, "board.move-lane", "(su)", move_ranked_action);
  gtk_widget_class_install_action (widget_class, "board.rename-column", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "board.rename-lane", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "board.remove-column", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "board.remove-lane", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "board.add-column", NULL, add_column_action);
  gtk_widget_class_install_action (widget_class, "board.add-lane", NULL, add_lane_action);
  gtk_widget_class_install_action (widget_class, "board.toggle-lane", "s", toggle_lane_action);
  gtk_widget_class_install_action (widget_class, "board.preset", "s", preset_action);
  gtk_widget_class_install_action (widget_class, "board.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "board.focus-search", NULL, focus_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "board.move-focused", "s", "left");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "board.move-focused", "s", "right");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "board.move-focused", "s", "up");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "board.move-focused", "s", "down");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "board.move-focused", "s", "lane-up");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "board.move-focused", "s", "lane-down");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "board.move-to", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "board.edit-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "board.focus-search", NULL);

  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
tandem_board_init (TandemBoard *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->move_popover), GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->selection = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->spare_cards = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->team = -1;
  self->status = -1;

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (press_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (release_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
tandem_board_new (void)
{
  return g_object_new (TANDEM_TYPE_BOARD, NULL);
}

/**
 * tandem_board_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace shown.
 */
TandemWorkspace *
tandem_board_get_workspace (TandemBoard *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD (self), NULL);

  return self->workspace;
}

void
tandem_board_set_workspace (TandemBoard     *self,
                            TandemWorkspace *workspace)
{
  g_return_if_fail (TANDEM_IS_BOARD (self));
  g_return_if_fail (workspace == NULL || TANDEM_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  adw_flap_set_reveal_flap (self->flap, FALSE);
  tandem_card_editor_set_card (self->editor, NULL, NULL);
  g_hash_table_remove_all (self->selection);
  self->anchor = NULL;
  g_clear_object (&self->move_card);

  /* The old cells go before the model that owns their cards. */
  g_clear_object (&self->workspace);
  rebuild (self);
  g_hash_table_remove_all (self->spare_cards);
  g_clear_object (&self->model);

  if (workspace != NULL)
    {
      self->workspace = g_object_ref (workspace);
      self->model = tandem_board_model_new (workspace);
      g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->model, "evidence-changed", G_CALLBACK (evidence_changed_cb),
                               self, G_CONNECT_SWAPPED);
      update_tags (self);
      rebuild (self);
    }
}

const char *
tandem_board_get_summary (TandemBoard *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD (self), NULL);

  return self->summary;
}

/**
 * tandem_board_set_summary:
 * @summary: what the board holds, such as "34 cards in 3 columns and 4 lanes"
 *
 * Sets the text the count shows while nothing is filtered.
 */
void
tandem_board_set_summary (TandemBoard *self,
                          const char  *summary)
{
  g_return_if_fail (TANDEM_IS_BOARD (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_count (self);
}

/**
 * tandem_board_get_count_text:
 *
 * Returns: what the count shows: the summary, or "12 of 48 cards" while filtering.
 */
const char *
tandem_board_get_count_text (TandemBoard *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD (self), NULL);

  return self->count_text;
}

GtkWidget *
_tandem_board_get_cell_widget (TandemBoard  *self,
                               TandemObject *column,
                               TandemObject *lane)
{
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      BoardCell *cell = g_ptr_array_index (self->cells, i);

      if (cell->column == column && cell->lane == lane)
        return cell->overlay;
    }
  return NULL;
}

TandemCardWidget *
_tandem_board_get_card_widget (TandemBoard  *self,
                               TandemObject *card)
{
  return g_hash_table_lookup (self->bound, card);
}

GtkSearchEntry *
_tandem_board_get_search_entry (TandemBoard *self)
{
  return self->search_entry;
}

TandemCardEditor *
_tandem_board_get_editor (TandemBoard *self)
{
  return self->editor;
}
