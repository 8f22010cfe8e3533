// A link straight to printing one issued version (#/print/<planVersionId>?document=plan-summary),
// for places that name a version but have no dialog of their own. Closing goes back.
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PrintPlanDialog } from './PrintPlanDialog';

export function PrintVersionPage() {
  const { planVersionId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const document = search.get('document') === 'plan-summary' ? 'plan-summary' : 'home-programme';
  return (
    <PrintPlanDialog
      planVersionId={planVersionId}
      opened
      initialDocument={document}
      onClose={() => void navigate(-1)}
    />
  );
}
