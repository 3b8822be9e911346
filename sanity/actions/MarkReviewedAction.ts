import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { useEffect, useState } from 'react';
import { useDocumentOperation, useEditState, type DocumentActionComponent } from 'sanity';
import { localIsoDate } from './today.ts';

/**
 * "Mark reviewed": sets a location's `lastReviewed` to today and publishes. Publishing waits until the draft
 * carrying the new date is in the document store; publishing at once would publish the document as it was.
 */
export const MarkReviewedAction: DocumentActionComponent = ({ id, type, onComplete }) => {
  const { patch, publish } = useDocumentOperation(id, type);
  const { draft } = useEditState(id, type);
  const [pendingDate, setPendingDate] = useState<string>();

  useEffect(() => {
    if (!pendingDate || draft?.lastReviewed !== pendingDate || publish.disabled) return;
    publish.execute();
    setPendingDate(undefined);
    onComplete();
  }, [pendingDate, draft, publish, onComplete]);

  return {
    label: pendingDate ? 'Marking reviewed…' : 'Mark reviewed',
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    disabled: Boolean(pendingDate) || Boolean(patch.disabled),
    title: 'Set "Last reviewed" to today and publish',
    onHandle: () => {
      const today = localIsoDate();
      setPendingDate(today);
      patch.execute([{ set: { lastReviewed: today } }]);
    },
  };
};
MarkReviewedAction.displayName = 'MarkReviewedAction';
